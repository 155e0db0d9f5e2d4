/**
 * CSV for office spreadsheets: UTF-8 with BOM (so Excel reads umlauts and Arabic script),
 * semicolon-separated (Excel's default in German), every field quoted, CRLF line ends.
 */

const BOM = '\uFEFF';
/** Field separator of the files we write. */
export const SEPARATOR = ';';

/** Writes rows (the first one being the header) as CSV text. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  const quote = (field: string) => `"${field.replace(/"/g, '""')}"`;
  return BOM + rows.map((row) => row.map(quote).join(SEPARATOR)).join('\r\n') + '\r\n';
}

/** The separator of a CSV file: ";" or "," (a spreadsheet may have saved it either way), judged from the header. */
function detectSeparator(text: string): string {
  let inQuotes = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === ';' || char === ',')) return char;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
  }
  return SEPARATOR;
}

/** Parses CSV text (with or without BOM, ";" or ",", quoted or not, line breaks inside quotes). */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inQuotes) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') inQuotes = false;
      else field += char;
    } else if (char === '"') inQuotes = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  // Spreadsheets add empty lines at the end; they are no entries.
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}
