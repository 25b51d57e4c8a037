import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { SourceLocation } from './diagnostics.ts';

export type PathSegment = string | number;

/** A YAML file that can map a path inside its data back to a line and column. */
export class SourceFile {
	/** As shown in messages. */
	readonly displayPath: string;
	readonly text: string;
	#document: Document.Parsed | undefined;
	#lineCounter: LineCounter | undefined;

	constructor(displayPath: string, text: string) {
		this.displayPath = displayPath;
		this.text = text;
	}

	/** The syntax tree with source positions, parsed on first use. */
	get document(): Document.Parsed {
		if (!this.#document) {
			this.#lineCounter = new LineCounter();
			this.#document = parseDocument(this.text, { lineCounter: this.#lineCounter, prettyErrors: false, uniqueKeys: true });
		}
		return this.#document;
	}

	get lineCounter(): LineCounter {
		return this.document && this.#lineCounter!;
	}

	/**
	 * Drops the syntax tree once the data has been read: most files never need a position,
	 * and ten thousand trees held at once are most of the heap (and of the time spent
	 * collecting garbage). A problem found later parses the file again to locate itself.
	 */
	release(): void {
		this.#document = undefined;
		this.#lineCounter = undefined;
	}

	at(offset: number): SourceLocation {
		const { line, col } = this.lineCounter.linePos(offset);
		return { file: this.displayPath, line, column: col };
	}

	/** Where the whole document's content begins (after a leading modeline comment). */
	start(): SourceLocation {
		const contents = this.document.contents;
		return this.at(contents?.range?.[0] ?? 0);
	}

	/**
	 * The node at `path`: its key when `target` is `key` (the last segment must name a
	 * mapping key), else its value. A path that leaves the document ends at the deepest
	 * node it reached, so a missing key points at the mapping that lacks it.
	 */
	locate(path: readonly PathSegment[], target: 'key' | 'value' = 'value'): SourceLocation {
		const node = this.nodeAt(path, target);
		return this.at(node?.range?.[0] ?? 0);
	}

	nodeAt(path: readonly PathSegment[], target: 'key' | 'value' = 'value'): Node | undefined {
		let node: unknown = this.document.contents;
		let reached = node as Node | undefined;
		for (let i = 0; i < path.length; i++) {
			const segment = path[i];
			if (isAlias(node)) node = node.resolve(this.document);
			if (isMap(node)) {
				const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
				if (!pair) return reached;
				if (i === path.length - 1 && target === 'key') return pair.key as Node;
				// `title:` with nothing after it has no value node; the key stands for it.
				node = (pair.value as Node | null) ?? pair.key;
			} else if (isSeq(node) && typeof segment === 'number') {
				node = node.items[segment];
			} else {
				return reached;
			}
			if (!node || !(node as Node).range) return reached;
			reached = node as Node;
		}
		return reached;
	}

	/**
	 * The location of `needle` inside the scalar at `path` (for a `[[link]]` inside a
	 * duty, say). Falls back to the scalar itself when the source text differs from its
	 * value, as escapes and folded lines can make it.
	 */
	locateInScalar(path: readonly PathSegment[], needle: string): SourceLocation {
		const node = this.nodeAt(path);
		const range = node?.range;
		if (!range) return this.locate(path);
		const index = this.text.slice(range[0], range[1]).indexOf(needle);
		return this.at(range[0] + Math.max(index, 0));
	}
}
