"""The dataset's files as a reader's tools read them (scripts/test.sh runs this on dist/):

- the Frictionless Data package (dist/data/datapackage.json) validates with 0 errors: every
  table against its schema, types, missing values, primary and foreign keys;
- pandas reads every CSV of the package, and each view's data.csv beside its page, with the
  value columns numeric;
- the package's figures are the rows of the figures view's own file (dist/figures/data.csv,
  made by the code the app's download uses): the same ids, values and units.

Usage: python tests/read_data.py DIST_DIR (with frictionless and pandas: scripts/setup.sh
installs them into .test-tools/data).
"""
import json
import pathlib
import sys

import frictionless
import pandas as pd

dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
data = dist / "data"
package = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))

report = frictionless.validate(str(data / "datapackage.json"))
if not report.valid:
    for error in report.flatten(["title", "message"])[:40]:
        print("frictionless:", *error)
    sys.exit("the data package does not validate")
print(f"frictionless: {len(package['resources'])} tables, 0 errors")

versions = sorted((data / "v").glob("*/datapackage.json"))
for released in versions:
    report = frictionless.validate(str(released))
    assert report.valid, (released, report.flatten(["title", "message"])[:10])
listed = json.loads((data / "versions.json").read_text(encoding="utf-8"))["versions"]
assert [v["path"] for v in listed] == sorted((f"v/{p.parent.name}/" for p in versions), reverse=True) and listed
print(f"frictionless: {len(versions)} released versions at data/v/<version>/, each 0 errors, all listed in versions.json")

tables = {}
for resource in package["resources"]:
    frame = pd.read_csv(data / resource["path"], keep_default_na=False, na_values=[""])
    fields = [f["name"] for f in resource["schema"]["fields"]]
    assert list(frame.columns) == fields, (resource["name"], list(frame.columns), fields)
    for f in resource["schema"]["fields"]:
        if f["type"] in ("number", "integer") and frame[f["name"]].notna().any():
            assert pd.api.types.is_numeric_dtype(frame[f["name"]]), (resource["name"], f["name"], frame[f["name"]].dtype)
    tables[resource["name"]] = frame
figures = tables["figures"]
assert len(figures) > 0 and figures["figure_id"].is_unique
print(f"pandas: {len(tables)} tables, {len(figures)} figures, value numeric")

views = sorted(dist.glob("**/data.csv"))
views = [v for v in views if "data/v/" not in v.as_posix()]
for view in views:
    frame = pd.read_csv(view, keep_default_na=False, na_values=[""])
    assert len(frame) > 0, view
    assert pd.api.types.is_numeric_dtype(frame["value"]), (view, frame["value"].dtype)
    json.loads(view.with_name("data.json").read_text(encoding="utf-8"))
print(f"pandas: {len(views)} views' data.csv, value numeric; each data.json parses")

shown = pd.read_csv(dist / "figures" / "data.csv", keep_default_na=False, na_values=[""])
left = figures.set_index("figure_id")[["value", "unit"]].sort_index()
right = shown.set_index("figure_id")[["published_value", "published_unit"]].sort_index()
right.columns = ["value", "unit"]
assert list(left.index) == list(right.index), "the package's figures are the figures view's"
assert (left["unit"] == right["unit"]).all()
assert ((left["value"] - right["value"]).abs() <= 1e-9 * left["value"].abs().clip(lower=1)).all()
print(f"the package's {len(left)} figures are the figures view's rows: same ids, values and units")
