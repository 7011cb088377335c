/** Pages in a PDF from Chromium: one `/Type /Page` object each (the page tree is `/Type /Pages`). */
export const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
