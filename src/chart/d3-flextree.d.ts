/** Types for d3-flextree, which ships none: only what Rolebook uses. */
declare module 'd3-flextree' {
	import type { HierarchyNode } from 'd3-hierarchy';

	export interface FlextreeNode<Datum> extends HierarchyNode<Datum> {
		/** The centre of the node, horizontally. */
		x: number;
		/** The top of the node. */
		y: number;
		readonly xSize: number;
		readonly ySize: number;
	}

	export interface FlextreeOptions<Datum> {
		children?: (data: Datum) => readonly Datum[] | null | undefined;
		/** [width, height] of a node, its share of the gaps included. */
		nodeSize?: ((node: FlextreeNode<Datum>) => readonly [number, number]) | readonly [number, number];
		spacing?: ((a: FlextreeNode<Datum>, b: FlextreeNode<Datum>) => number) | number;
	}

	export interface FlextreeLayout<Datum> {
		(root: FlextreeNode<Datum>): FlextreeNode<Datum>;
		hierarchy(data: Datum): FlextreeNode<Datum>;
	}

	export function flextree<Datum>(options?: FlextreeOptions<Datum>): FlextreeLayout<Datum>;
}
