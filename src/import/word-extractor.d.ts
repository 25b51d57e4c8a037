/** The part of word-extractor's API the importer uses (the package ships no types). */
declare module 'word-extractor' {
	interface ExtractedDocument {
		getBody(): string;
		getHeaders(options?: { includeFooters?: boolean }): string;
		getFootnotes(): string;
	}
	export default class WordExtractor {
		extract(source: string | Buffer): Promise<ExtractedDocument>;
	}
}
