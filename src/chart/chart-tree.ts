import type { Department, Role } from '../model/index.ts';

/**
 * A chart's structure before it has text or positions: which item sits under which.
 * Built from the organisation graph only (`role.subordinates`, `department.children`),
 * so the chart can never disagree with the role pages about who reports to whom.
 */
export interface TreeNode<T> {
	item: T;
	children: TreeNode<T>[];
	/** Descendants left out of the chart, shown on the node as a count. */
	hidden: number;
	/** Shown for orientation only: the item is outside the chart's scope (a department's superior). */
	context: boolean;
}

/**
 * The reporting trees of a set of roles: each role whose superior is not in the set is a
 * root, and every role reachable from a root appears exactly once. With `context`, the
 * roots' superiors outside the set are added above them, muted, so a department's chart
 * shows whom the department reports to.
 */
export function reportingForest(roles: readonly Role[], options: { context?: boolean } = {}): TreeNode<Role>[] {
	const inScope = new Set(roles);
	const nodes = new Map<Role, TreeNode<Role>>();
	const roots: TreeNode<Role>[] = [];
	const contexts = new Map<Role, TreeNode<Role>>();
	const stack: TreeNode<Role>[] = [];
	for (const role of roles) {
		if (role.superior && inScope.has(role.superior)) continue;
		const node: TreeNode<Role> = { item: role, children: [], hidden: 0, context: false };
		nodes.set(role, node);
		stack.push(node);
		const superior = role.superior;
		if (options.context && superior) {
			let context = contexts.get(superior);
			if (!context) {
				context = { item: superior, children: [], hidden: 0, context: true };
				contexts.set(superior, context);
				roots.push(context);
			}
			context.children.push(node);
		} else {
			roots.push(node);
		}
	}
	// Depth first without recursion: reporting lines can be thousands of roles long.
	while (stack.length > 0) {
		const node = stack.pop()!;
		for (const subordinate of node.item.subordinates) {
			if (!inScope.has(subordinate) || nodes.has(subordinate)) continue;
			const child: TreeNode<Role> = { item: subordinate, children: [], hidden: 0, context: false };
			nodes.set(subordinate, child);
			node.children.push(child);
			stack.push(child);
		}
	}
	return roots;
}

/** A department and every department nested in it. */
export function departmentSubtree(department: Department): Department[] {
	const seen = new Set<Department>();
	const stack = [department];
	while (stack.length > 0) {
		const current = stack.pop()!;
		if (seen.has(current)) continue;
		seen.add(current);
		stack.push(...[...current.children].reverse());
	}
	return [...seen];
}

/** The roles of a department and of every department nested in it: its own first, each in reporting order. */
export function departmentRoles(department: Department): Role[] {
	return departmentSubtree(department).flatMap((d) => d.roles);
}

/** Departments nested under their parents. */
export function departmentForest(departments: readonly Department[]): TreeNode<Department>[] {
	const build = (department: Department, seen: Set<Department>): TreeNode<Department> => {
		seen.add(department);
		return {
			item: department,
			children: department.children.filter((child) => !seen.has(child)).map((child) => build(child, seen)),
			hidden: 0,
			context: false,
		};
	};
	const seen = new Set<Department>();
	return departments.map((department) => build(department, seen));
}

/** Puts `forest` under one root item (the organisation above its top departments). */
export function underRoot<T>(item: T, forest: TreeNode<T>[]): TreeNode<T>[] {
	return [{ item, children: forest, hidden: 0, context: false }];
}

/**
 * At most `maxNodes` nodes of `forest`, taken breadth first: a node's children are
 * either all shown or all hidden, and a node whose children do not fit keeps them as
 * a count. The top levels are kept whole as long as they fit, so the overview is
 * always the top of the tree. Linear in the size of the forest.
 */
export function limitForest<T>(forest: readonly TreeNode<T>[], maxNodes: number): TreeNode<T>[] {
	const sizes = subtreeSizes(forest);
	const collapsed = (node: TreeNode<T>): TreeNode<T> => ({ ...node, children: [], hidden: node.hidden + sizes.get(node)! - 1 });
	const roots = forest.map(collapsed);
	let shown = roots.length;
	const queue: [TreeNode<T>, TreeNode<T>][] = forest.map((node, i) => [node, roots[i]!]);
	for (let i = 0; i < queue.length; i++) {
		const [original, copy] = queue[i]!;
		const count = original.children.length;
		if (count === 0 || shown + count > maxNodes) continue;
		shown += count;
		copy.children = original.children.map(collapsed);
		copy.hidden = original.hidden;
		original.children.forEach((child, j) => queue.push([child, copy.children[j]!]));
	}
	return roots;
}

/** How many nodes are in each subtree, the node itself and any hidden count included. */
export function subtreeSizes<T>(forest: readonly TreeNode<T>[]): Map<TreeNode<T>, number> {
	const sizes = new Map<TreeNode<T>, number>();
	const order: TreeNode<T>[] = [];
	const stack = [...forest];
	while (stack.length > 0) {
		const node = stack.pop()!;
		order.push(node);
		stack.push(...node.children);
	}
	for (let i = order.length - 1; i >= 0; i--) {
		const node = order[i]!;
		let size = 1 + node.hidden;
		for (const child of node.children) size += sizes.get(child)!;
		sizes.set(node, size);
	}
	return sizes;
}

/** Every node of a forest, depth first, parents before children. */
export function* walk<T>(forest: readonly TreeNode<T>[]): Generator<{ node: TreeNode<T>; parent: TreeNode<T> | undefined; depth: number }> {
	const stack: { node: TreeNode<T>; parent: TreeNode<T> | undefined; depth: number }[] = [...forest].reverse().map((node) => ({ node, parent: undefined, depth: 0 }));
	while (stack.length > 0) {
		const entry = stack.pop()!;
		yield entry;
		for (let i = entry.node.children.length - 1; i >= 0; i--) stack.push({ node: entry.node.children[i]!, parent: entry.node, depth: entry.depth + 1 });
	}
}
