// Tables that work on every screen, for every table of the app (class `rnd-table`) without each page doing it:
// - each body cell gets its column's header as `data-label`, so that on a phone (app.css) a row reflows into a
//   card of "label: value" lines instead of a table wider than the screen;
// - a cell that holds one figure ("€ 1.234.567", "4.560,0", "−38,3 %", "2027") is marked `data-figure`, so that
//   (app.css) it never wraps: a figure is read whole, not "€" on one line and "1.234.567" on the next;
// - a table wrapper (`rnd-table-wrap`) that still has to scroll sideways becomes a keyboard stop with a name
//   (tabindex, role region, the table's caption), so keyboard users can scroll it (WCAG 2.1.1; axe
//   `scrollable-region-focusable`). Wrappers that fit are left alone.
// Runs in the browser on the layout's <main> and keeps up with what pages render later.

const LABELLED = 'data-reflow';
const FIGURE = 'data-figure';
const MADE_FOCUSABLE = 'data-scroll-focus';

// One figure as the app writes it: an optional sign or euro sign, digits with Dutch (or English) separators, and
// an optional unit after a space ("%", "banen", "punten"). Words around it make it text, not a figure.
const FIGURE_TEXT = /^(?:€\s?)?[−+-]?\s?\d[\d.,]*(?:\s?(?:%|‰|banen|baan|punten|punt|uur))?$/;

/** Whether a cell's text is a single figure (an amount, a number, a percentage), which must not wrap. */
export function isFigure(text: string): boolean {
	return FIGURE_TEXT.test(text.replace(/\s+/g, ' ').trim());
}

/** The header texts of a table's columns (the last header row, colspans counted). */
export function columnLabels(table: HTMLTableElement): string[] {
	const rows = table.tHead?.rows;
	const row = rows?.[rows.length - 1];
	if (!row) return [];
	const labels: string[] = [];
	for (const cell of Array.from(row.cells)) {
		const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
		for (let i = 0; i < cell.colSpan; i++) labels.push(text);
	}
	return labels;
}

/** Marks the body and footer cells that hold a single figure (data-figure); unmarks one that no longer does. */
export function markFigures(table: HTMLTableElement): void {
	for (const section of [...Array.from(table.tBodies), table.tFoot]) {
		for (const row of Array.from(section?.rows ?? [])) {
			for (const cell of Array.from(row.cells)) {
				const figure = isFigure(cell.textContent ?? '');
				if (figure !== cell.hasAttribute(FIGURE)) cell.toggleAttribute(FIGURE, figure);
			}
		}
	}
}

/** Gives every body and footer cell its column's header as data-label; marks the table as reflowable. */
export function labelTable(table: HTMLTableElement): void {
	const labels = columnLabels(table);
	if (labels.length === 0) return;
	for (const section of [...Array.from(table.tBodies), table.tFoot]) {
		if (!section) continue;
		for (const row of Array.from(section.rows)) {
			let column = 0;
			for (const cell of Array.from(row.cells)) {
				const label = labels[column];
				if (label && cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
				column += cell.colSpan;
			}
		}
	}
	if (!table.hasAttribute(LABELLED)) table.setAttribute(LABELLED, '');
}

/** A wrapper that scrolls sideways is reachable and named; one that fits is not a tab stop. */
export function markScrollable(wrapper: HTMLElement): void {
	const scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
	const ours = wrapper.hasAttribute(MADE_FOCUSABLE);
	if (scrolls && !wrapper.hasAttribute('tabindex')) {
		const caption = wrapper.querySelector('caption')?.textContent?.replace(/\s+/g, ' ').trim();
		wrapper.setAttribute('tabindex', '0');
		wrapper.setAttribute('role', 'region');
		if (caption && !wrapper.hasAttribute('aria-label')) wrapper.setAttribute('aria-label', caption);
		wrapper.setAttribute(MADE_FOCUSABLE, '');
	} else if (!scrolls && ours) {
		for (const name of ['tabindex', 'role', 'aria-label', MADE_FOCUSABLE]) wrapper.removeAttribute(name);
	}
}

function update(root: HTMLElement): void {
	for (const table of Array.from(root.querySelectorAll<HTMLTableElement>('table.rnd-table'))) {
		labelTable(table);
		markFigures(table);
	}
	for (const wrapper of Array.from(root.querySelectorAll<HTMLElement>('.rnd-table-wrap')))
		markScrollable(wrapper);
}

/** Keeps the tables under `root` labelled and their wrappers reachable; returns the function that stops. */
export function watchTables(root: HTMLElement): () => void {
	let frame = 0;
	const schedule = () => {
		if (frame) return;
		frame = requestAnimationFrame(() => {
			frame = 0;
			update(root);
		});
	};
	update(root);
	const mutations = new MutationObserver(schedule);
	mutations.observe(root, { childList: true, subtree: true, characterData: true });
	window.addEventListener('resize', schedule);
	return () => {
		cancelAnimationFrame(frame);
		mutations.disconnect();
		window.removeEventListener('resize', schedule);
	};
}
