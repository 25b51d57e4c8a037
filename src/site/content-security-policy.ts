/**
 * The Content-Security-Policy the site is built to work under: nothing inline, nothing
 * evaluated, nothing from elsewhere. `wasm-unsafe-eval` lets the search index's
 * WebAssembly run; it does not allow `eval`.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data: https:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
	"frame-ancestors 'none'",
].join('; ');
