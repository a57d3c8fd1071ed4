/**
 * Reads a number as Dutch users type it: "12,5", "1.234,50", "1234.5" or "1 234". Returns NaN for anything
 * else, so validation can say so instead of guessing.
 */
export function parseDutchNumber(input: string): number {
	const text = input.trim().replace(/[\s\u00a0]/g, '');
	if (text === '') return Number.NaN;
	let normalised: string;
	if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normalised = text.replace(/\./g, '').replace(',', '.');
	else if (/^-?\d+,\d+$/.test(text)) normalised = text.replace(',', '.');
	else if (/^-?\d+(\.\d+)?$/.test(text)) normalised = text;
	else return Number.NaN;
	return Number(normalised);
}

/** At most `decimals` digits after the decimal point (money: 2). */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
	if (!Number.isFinite(value)) return false;
	const scaled = value * 10 ** decimals;
	return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}
