// The benchmark's results: one row per figure, printed as a table and written as JSON.
import { cpus, loadavg, platform, release, totalmem, arch } from 'node:os';
import type { Summary } from './stats.ts';

export type Status = 'gehaald' | 'NIET GEHAALD' | 'info' | 'niet beschikbaar';

export interface ResultRow {
	/** Stable key for the JSON file, e.g. `live-update`. */
	key: string;
	measurement: string;
	unit: 'ms' | 'KB';
	median: number | null;
	p95: number | null;
	samples: number;
	/** Shown instead of median and p95 when there is no number (e.g. a page that is not built yet). */
	valueText?: string;
	baseline: { label: string; median: number | null; p95: number | null } | null;
	/** The figure (usually p95 or median, see `ratioOf`) divided by the baseline's. */
	ratio: number | null;
	ratioOf?: string;
	target: string;
	status: Status;
	/** Why a figure is missing or a target missed, and anything else a reader needs. */
	notes: string[];
}

export interface Machine {
	cpuModel: string;
	cpuCount: number;
	memoryGiB: number;
	node: string;
	os: string;
	loadAverageAtStart: number[];
	loadAverageAtEnd?: number[];
}

export function describeMachine(): Machine {
	const list = cpus();
	return {
		cpuModel: list[0]?.model.trim() ?? 'onbekend',
		cpuCount: list.length,
		memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
		node: process.version,
		os: `${platform()} ${release()} ${arch()}`,
		loadAverageAtStart: loadavg().map(round2)
	};
}

export function round2(value: number): number {
	return Math.round(value * 100) / 100;
}

/** Median and p95 of a summary, as a row shows them (two decimals). */
export function figuresOf(summary: Pick<Summary, 'median' | 'p95'>): { median: number; p95: number } {
	return { median: round2(summary.median), p95: round2(summary.p95) };
}

/** A timed row's figures: `measured` (median, p95, samples) against the `baseline` labelled `label`. */
export function timedAgainst(measured: Summary, label: string, baseline: Summary) {
	return {
		unit: 'ms' as const,
		...figuresOf(measured),
		samples: measured.n,
		baseline: { label, ...figuresOf(baseline) }
	};
}

function formatValue(value: number | null, unit: ResultRow['unit']): string {
	if (value === null) return '–';
	if (unit === 'KB') return `${value.toFixed(1)} KB`;
	return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

function formatBaseline(row: ResultRow): string {
	if (!row.baseline) return '–';
	const { label, median, p95 } = row.baseline;
	const figures = [median, p95].some((value) => value !== null)
		? `${formatValue(median, row.unit)} / p95 ${formatValue(p95, row.unit)}`
		: '–';
	return `${label}: ${figures}`;
}

/** A plain-text table with one row per measurement, followed by the notes. */
export function formatTable(rows: readonly ResultRow[]): string {
	const header = ['meting', 'mediaan', 'p95', 'basislijn (mediaan / p95)', 'verhouding', 'doel', 'resultaat'];
	const body = rows.map((row) => [
		row.measurement,
		row.valueText ?? formatValue(row.median, row.unit),
		row.valueText ? '' : formatValue(row.p95, row.unit),
		formatBaseline(row),
		row.ratio === null ? '–' : `${row.ratio.toFixed(2)}x${row.ratioOf ? ` (${row.ratioOf})` : ''}`,
		row.target,
		row.status
	]);
	const widths = header.map((title, column) =>
		Math.max(title.length, ...body.map((cells) => cells[column].length))
	);
	const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ');
	const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
	const notes = rows.flatMap((row) => row.notes.map((note) => `  - ${row.measurement}: ${note}`));
	return [
		line(header),
		rule,
		...body.map(line),
		...(notes.length ? ['', 'Toelichting:', ...notes] : [])
	].join('\n');
}

export function statusFor(met: boolean): Status {
	return met ? 'gehaald' : 'NIET GEHAALD';
}
