import { pairLabel, pairProfile } from "@india-italy/domain"

const product = pairProfile.product.name

/**
 * The one HTML document of the site: the script renders the timeline or an event page from the
 * URL, so every view is a link. Nothing from a feed is ever in this document (the product's name
 * comes from the pair profile).
 */
export const pageShell = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${product} · timeline</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<link rel="alternate" type="application/atom+xml" title="${pairLabel()} developments" href="/feeds/events.atom">
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<a class="skip" href="#main">Skip to the developments</a>
<header class="site"><a class="brand" href="/">${product}</a>
<span class="tagline">every development, kept</span></header>
<main id="main" tabindex="-1"><p class="status" role="status">Loading…</p></main>
</body>
</html>
`

export const stylesheet = `
:root { --ink: #1d2430; --muted: #5a6474; --line: #d9dee6; --accent: #0b5cad; --bg: #f6f7f9; --card: #fff; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  background: var(--bg); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible,
  main:focus-visible { outline: 3px solid #f0a000; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: .5rem; z-index: 2; }
header.site { display: flex; gap: .75rem; align-items: baseline; flex-wrap: wrap; padding: .75rem 1rem;
  background: #fff; border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; color: var(--ink); }
.tagline { color: var(--muted); font-size: .9rem; }
h1 { font-size: clamp(1.3rem, 4vw, 1.9rem); line-height: 1.25; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
form.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .5rem .75rem;
  align-items: end;
  background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: .75rem; }
form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); gap: .2rem; }
form.filters input, form.filters select, form.filters button { font: inherit; padding: .4rem .5rem;
  border: 1px solid #b8c0cc; border-radius: .35rem; min-height: 2.5rem; }
form.filters button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
.exports { margin: .5rem 0 0; font-size: .9rem; color: var(--muted); }
h2.day { font-size: 1rem; margin: 1.5rem 0 .5rem; color: var(--muted); border-bottom: 1px solid var(--line);
  padding-bottom: .25rem; }
article.card { background: var(--card); border: 1px solid var(--line); border-radius: .5rem;
  padding: .75rem 1rem; margin: .5rem 0; }
article.card h3 { margin: .25rem 0; font-size: 1.05rem; }
.type { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--accent); font-weight: 600; }
.tags { display: flex; flex-wrap: wrap; gap: .3rem; margin: .35rem 0; padding: 0; list-style: none; }
.tags li { background: #eaf1fa; color: #123a66; border-radius: 1rem; padding: .05rem .6rem; font-size: .8rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: .4rem 0;
  font-size: .92rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
ul.sources { margin: .25rem 0 0; padding-left: 1.1rem; font-size: .9rem; }
.status { color: var(--muted); }
.alerted { font-size: .9rem; color: var(--muted); margin: .25rem 0; }
.error { color: #9b1c1c; }
button.more { font: inherit; margin: 1rem 0; padding: .5rem 1rem; border-radius: .35rem;
  border: 1px solid var(--accent); background: #fff; color: var(--accent); cursor: pointer; }
section.report { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem;
  margin: .75rem 0; }
section.report h3 { margin: 0 0 .25rem; font-size: 1rem; }
ul.evidence { padding-left: 1.1rem; font-size: .9rem; }
q { font-style: italic; }
@media (max-width: 30rem) { dl.facts { grid-template-columns: 1fr; } dl.facts dt { margin-top: .3rem;
  } main { padding: .5rem; } }
`
