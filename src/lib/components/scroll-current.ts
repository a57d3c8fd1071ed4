import type { Attachment } from 'svelte/attachments';

/**
 * On a phone a navigation row scrolls sideways (`.rnd-tab-row`): this keeps its current link
 * (`aria-current="page"`) in view, also after a client-side navigation. `path` is only there to re-run it when
 * the page changes. Scrolls the row only, never the page. On the first load the app can hydrate before the
 * stylesheets are applied (the row is not yet a scroller), so it looks again once the page has loaded.
 */
export function keepCurrentInView(path: string): Attachment<HTMLElement> {
	return (row) => {
		void path;
		const reveal = () => {
			const current = row.querySelector<HTMLElement>('[aria-current="page"]');
			if (!current || row.scrollWidth <= row.clientWidth) return;
			const rowBox = row.getBoundingClientRect();
			const box = current.getBoundingClientRect();
			const fade = 40; // the row's faded edge: the current link stands clear of it
			if (box.left < rowBox.left + fade || box.right > rowBox.right - fade) {
				row.scrollLeft += box.left - rowBox.left - (rowBox.width - box.width) / 2;
			}
		};
		reveal();
		if (document.readyState === 'complete') return;
		window.addEventListener('load', reveal, { once: true });
		return () => window.removeEventListener('load', reveal);
	};
}
