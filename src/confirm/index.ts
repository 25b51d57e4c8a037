export { fingerprintOf } from './fingerprint.ts';
export { flattenNumbered, numberEntries, type NumberedEntry } from './numbering.ts';
export { sheetPageStyle, SHEET_FONTS } from './page-style.ts';
export type { Printed } from './printed.ts';
export type { DefinitionEntry, NumberedLine, SectionBody, TableGroup } from './sections.ts';
export { confirmationSettings, DEFAULT_SECTIONS, type ConfirmationSection, type ConfirmationSettings } from './settings.ts';
export { confirmationSheet, personFields, placedSheetLines, sheetLines, type ConfirmationSheet, type SheetContext, type SheetField, type SheetSection, type SheetSignature } from './sheet.ts';
export { sheetContextOf, sheetTextOf, type SheetText } from './sheet-text.ts';
export { SHEET_CHOICES, sheetTurns, type SheetChoice, type SheetCopy } from './sheet-choice.ts';
