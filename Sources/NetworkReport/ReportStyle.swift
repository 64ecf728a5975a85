/// The report's stylesheet: readable on a laptop, and a print stylesheet that drops the controls and
/// keeps tables and the map on the page.
enum ReportStyle {
    static let css = """
        :root{--ink:#1d2330;--muted:#5b6475;--line:#d8dde6;--accent:#1f5aa0;--hit:#d1495b}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
        header{padding:1.2rem 2rem;border-bottom:1px solid var(--line);background:#f6f8fb}
        header h1{margin:0;font-size:1.6rem}
        header p{margin:.2rem 0 0;color:var(--muted)}
        nav{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:.4rem 2rem}
        nav a{margin-right:1rem;color:var(--accent);text-decoration:none;font-weight:600}
        main{max-width:1200px;margin:0 auto;padding:0 2rem 3rem}
        section{margin-top:2rem}
        h2{border-bottom:2px solid var(--accent);padding-bottom:.2rem}
        dl.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.6rem;margin:0;align-items:start}
        dl.figures dd{overflow-wrap:anywhere}
        dl.figures div{border:1px solid var(--line);border-radius:6px;padding:.5rem .7rem}
        dl.figures dt{color:var(--muted);font-size:.85rem}
        dl.figures dd{margin:0;font-size:1.1rem;font-weight:600}
        .shape{background:#f6f8fb;border-left:4px solid var(--accent);padding:.6rem .9rem}
        table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}
        th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
        td{font-variant-numeric:tabular-nums}
        thead th{background:#eef2f7}
        table.sortable th{cursor:pointer;user-select:none}
        table.sortable th[aria-sort=ascending]::after{content:" \\25B2"}
        table.sortable th[aria-sort=descending]::after{content:" \\25BC"}
        table.heatmap td,table.timeline td{text-align:right;min-width:3rem}
        table.heatmap td.dark{color:#fff}
        .none{color:var(--muted);font-style:italic}
        .controls{margin:.5rem 0}
        .controls input{font:inherit;padding:.2rem .4rem;width:16rem}
        .map{position:relative;border:1px solid var(--line);border-radius:6px;height:70vh;overflow:hidden;cursor:grab;background:#fff}
        .map svg{width:100%;height:100%;display:block}
        .map g.node{cursor:pointer}
        .map.searching g.node,.map.searching g.edge{opacity:.18}
        .map.searching g.node.hl,.map.searching g.node.hl-nb{opacity:1}
        .map g.node.hl polygon,.map g.node.hl ellipse,.map g.node.hl path{stroke:var(--hit);stroke-width:4}
        .map g.node.hl-nb polygon,.map g.node.hl-nb ellipse,.map g.node.hl-nb path{stroke:var(--hit);stroke-width:2}
        .card{position:fixed;right:1.5rem;bottom:1.5rem;width:20rem;max-height:60vh;overflow:auto;z-index:3}
        .card{background:#fff;border:1px solid var(--line);border-radius:8px;box-shadow:0 4px 18px rgba(0,0,0,.15);padding:.8rem 1rem}
        .card h3{margin:.1rem 0 .4rem}
        .card table{width:100%}
        .card button{float:right}
        ul.summary{font-size:1.05rem;padding-left:1.2rem;max-width:60rem}
        ul.summary li{margin:.3rem 0}
        a.evidence{font-size:.85rem;color:var(--accent)}
        .ranked-lists{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
        .ranked{border:1px solid var(--line);border-radius:6px;padding:.2rem .9rem}
        .ranked h3{margin:.5rem 0 .2rem}
        .ranked p{color:var(--muted);font-size:.85rem;margin:0}
        .ranked ol{padding-left:1.4rem}
        .ranked .kind,.ranked .figure{color:var(--muted);font-size:.85rem}
        .filters{display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:center;margin:.3rem 0;font-size:.9rem}
        .filters fieldset{border:1px solid var(--line);border-radius:6px;padding:.1rem .5rem;margin:0}
        .filters legend{font-size:.8rem;color:var(--muted)}
        .map g.filtered{opacity:.08}
        .downloads{margin:.3rem 0}
        .downloads button{font:inherit;font-size:.85rem}
        dl.definitions dt{font-weight:600;margin-top:.5rem}
        dl.definitions dd{margin:0 0 0 1rem}
        @media print{
          nav,.controls,.card,#reset-view,.filters,.downloads{display:none!important}
          body{font-size:11pt}
          main{max-width:none;padding:0}
          .map{height:auto;border:none;overflow:visible}
          .map svg{height:auto;max-height:24cm}
          section{break-inside:auto}
          table,dl.figures div,.role{break-inside:avoid}
          h2,h3{break-after:avoid}
        }
        """
}
