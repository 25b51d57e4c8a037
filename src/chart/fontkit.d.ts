/** Types for fontkit, which ships none: only what Rolebook uses. */
declare module 'fontkit' {
	export interface Glyph {
		id: number;
		advanceWidth: number;
	}

	export interface Font {
		unitsPerEm: number;
		familyName: string;
		hasGlyphForCodePoint(codePoint: number): boolean;
		glyphForCodePoint(codePoint: number): Glyph;
	}

	export function create(buffer: Uint8Array): Font;
}
