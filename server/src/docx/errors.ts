/** A .docx that cannot be read, with the reason in Chinese for the writer. */
export class DocxError extends Error {}
