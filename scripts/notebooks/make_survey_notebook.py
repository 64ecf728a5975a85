import nbformat
# Writes notebooks/05-survey-to-report.ipynb (cells only); run `scripts/notebooks/run.sh --update` after it to store the outputs.
from nbformat.v4 import new_notebook, new_markdown_cell, new_code_cell

cells = [
new_markdown_cell("""# From a partnership survey to a report

Most network evaluations collect ties by survey. This notebook takes a fictional partnership survey, exported
as Google Forms writes it (`datasets/partnership-survey/responses.csv`: one row per respondent, a
"multiple choice grid" column per partner and question), with the roster of everyone asked
(`roster.csv`), all the way to roles and a report, with `liaison`:

1. what the survey gives: who responded, how names were matched, reciprocity;
2. how the rule that combines two people's answers changes the network;
3. PARTNER trust and value scores;
4. roles and the report, each one command.

Every step is a `liaison` command; `liaison_helper` runs it and hands back text, tables or JSON."""),
new_code_cell("""import pandas as pd
import matplotlib.pyplot as plt

import liaison_helper as lh

pd.set_option("display.width", 160)
DATA = "datasets/partnership-survey"
SURVEY = ["--survey", f"{DATA}/responses.csv", "--roster", f"{DATA}/roster.csv"]
print(open(lh.ROOT / DATA / "responses.csv", encoding="utf-8").read()[:400], "…")"""),
new_markdown_cell("""## 1. Names are matched to the roster, never merged by guess

Respondents type their own names. Liaison matches a name that differs from the roster only by case, accents or
punctuation (and says so); any other difference stops the import with a proposal to review:"""),
new_code_cell("""try:
    lh.run("survey", *SURVEY)
except lh.LiaisonFailed as failure:
    print(failure.stderr.strip().splitlines()[0])"""),
new_markdown_cell("""The reviewed decision goes into a matches file (`name,roster_id`), and the survey reads:"""),
new_code_cell("""print(open(lh.ROOT / DATA / "matches.csv", encoding="utf-8").read())
SURVEY += ["--matches", f"{DATA}/matches.csv"]
print(lh.run("survey", *SURVEY, "--by", "city"))"""),
new_markdown_cell("""## 2. Two answers about one pair: the combination rule

Ana may say she works with Ben weekly while Ben says monthly, or not at all. `--combine` says how the two
reports make one tie: `either` (a tie when either reports one), `both` (only when both do), `min`, `max` or
`mean` of the reports that exist, or `directed` (no combining). The rule changes the network's size, so it
belongs in every report's method note. (Reciprocity is measured on the reports themselves, so no rule changes
it; the metrics are undirected unless `--directed` is given, so `directed` keeps `either`'s density.)"""),
new_code_cell("""rows = []
for rule in ["either", "both", "min", "max", "mean", "directed"]:
    summary = lh.json("survey", *SURVEY, "--combine", rule)
    table = lh.json("metrics", *SURVEY, "--combine", rule, "--network")["network"]
    network = {row["metric"]: row["value"] for row in table}
    rows.append({"rule": rule, "ties": summary["ties"], "density": network["density"],
                 "reciprocity": summary["reciprocity"]})
rules = pd.DataFrame(rows).set_index("rule")
rules"""),
new_code_cell("""ax = rules["ties"].plot.bar(figsize=(6, 3), color="#4477aa", title="Ties under each combination rule")
ax.set_ylabel("ties")
plt.tight_layout()"""),
new_markdown_cell("""## 3. PARTNER trust and value

The survey also asked, for each partner a respondent works with, how reliable they are, how much they support
the mission, and how much power/influence they have (1 to 4). Liaison reads those questions as PARTNER items by
their words and averages the ratings each partner received:"""),
new_code_cell("""partner = lh.json("survey", *SURVEY)["partner"]
pd.Series(partner, name="mean rating (1-4)").to_frame()"""),
new_markdown_cell("""## 4. Roles and the report, one command each

Every command takes the same survey options. The roles come with their evidence, and the warnings say which
analyses the survey cannot support (it asked nothing about grants or convenings):"""),
new_code_cell("""result = lh.json("roles", *SURVEY, "--group", "city")
roles = pd.DataFrame(result["roles"])
roles.groupby("role").size().rename("holders").to_frame()"""),
new_code_cell("""report = lh.ROOT / ".build" / "survey-report.html"
report.parent.mkdir(exist_ok=True)
lh.run("report", *SURVEY, "--group", "city", "-o", str(report))
print(f"wrote {report.relative_to(lh.ROOT)} ({report.stat().st_size // 1024} KB)")"""),
]
nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
nbformat.write(nb, "notebooks/05-survey-to-report.ipynb")
