import ExcelJS from 'exceljs';
import { toCsv } from '$lib/forms/csv-import';

export interface Sheet {
	name: string;
	columns: string[];
	rows: (string | number | null)[][];
}

/** An .xlsx workbook with one sheet per table, header row bold and frozen. */
export async function toXlsx(sheets: Sheet[]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Regionaal Netwerk Dashboard';
	for (const sheet of sheets) {
		const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), {
			views: [{ state: 'frozen', ySplit: 1 }]
		});
		worksheet.addRow(sheet.columns).font = { bold: true };
		for (const row of sheet.rows) worksheet.addRow(row);
		worksheet.columns.forEach((column) => (column.width = 18));
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function download(body: string | Uint8Array, filename: string, format: 'csv' | 'xlsx'): Response {
	return new Response(body as BodyInit, {
		headers: {
			'content-type':
				format === 'csv'
					? 'text/csv; charset=utf-8'
					: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="${filename}.${format}"`
		}
	});
}

/** One sheet as CSV (CSV has room for one table), with decimal commas as Dutch Excel reads them. */
export function sheetToCsv(sheet: Sheet): string {
	return toCsv(sheet.columns, sheet.rows, { decimalComma: true });
}
