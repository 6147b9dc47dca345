import { BilingualError } from '../core/model/bilingual';

/** A .docx that cannot be read, with the reason for the writer in Chinese and English. */
export class DocxError extends BilingualError {}
