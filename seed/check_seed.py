#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks the demo seed files (seed/procedures.json, seed/demo_province.json, seed/processes/).

Mirrors what `motcua init --demo` needs: the catalog import rules of ParseImportEntry /
ValidateRules, and the foreign keys of the administrative map (parents and successors inserted
earlier in the list). Standard library only. Exits 1 on any problem and prints a summary.

Usage: python3 seed/check_seed.py [seed-directory]
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

SEED = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
EXPECTED_CODES = 47

PROC_CODE = re.compile(r"^\d\.\d{6}$")
AGENCY_CODE = re.compile(r"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DOC_CODE = re.compile(r"^[A-Z0-9]{1,12}$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
UNIT_CODE = {"province": re.compile(r"^\d{2}$"), "district": re.compile(r"^\d{3}$"),
             "commune": re.compile(r"^\d{5}$")}
LEVELS = {"commune", "province"}
ONLINE = {"none", "partial", "full"}
CLASSES = {"prior_result", "agency_result", "final_result", "other"}
KINDS = {"service_centre", "department", "commune_one_stop", "other"}
ROLES = {"citizen", "reception", "specialist", "department_head", "leader", "admin", "auditor"}
REQUIRED_USERS = {"tiepnhan", "tiepnhantp", "chuyenvien", "truongphong", "lanhdao", "tiepnhanxa",
                  "chuyenvienxa", "lanhdaoxa", "quantri", "kiemtra"}
REQUIRED_CITIZENS = {"001090000001", "001090000002"}

problems = []


def problem(where, message):
    problems.append(f"{where}: {message}")


def load(name):
    path = os.path.join(SEED, name)
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as e:
        problem(name, f"cannot read or parse: {e}")
        return None


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_type(where, obj, key, kind, required=False):
    """Returns the value when present with the right type (None counts as absent)."""
    v = obj.get(key)
    if v is None:
        if required:
            problem(where, f'missing required "{key}"')
        return None
    ok = {"str": isinstance(v, str), "bool": isinstance(v, bool), "int": is_int(v),
          "list": isinstance(v, list), "dict": isinstance(v, dict)}[kind]
    if not ok:
        problem(where, f'"{key}" must be {kind}')
        return None
    return v


# ---------------------------------------------------------------- demo_province.json
province = load("demo_province.json")
agency_codes, agency_departments = set(), {}
stats = {}
if province is not None:
    if not isinstance(province, dict):
        problem("demo_province.json", "top level must be an object")
        province = {}
    if not isinstance(province.get("source"), str) or not province.get("source"):
        problem("demo_province.json", 'missing "source" note')

    units_seen = {}
    for i, u in enumerate(province.get("units") or []):
        w = f"units[{i}]"
        code = check_type(w, u, "code", "str", True)
        check_type(w, u, "name", "str", True)
        level = check_type(w, u, "level", "str", True)
        if level and level not in UNIT_CODE:
            problem(w, f"unknown level {level!r}")
        elif level and code and not UNIT_CODE[level].match(code):
            problem(w, f"code {code!r} does not fit level {level}")
        vf = check_type(w, u, "valid_from", "str", True)
        vt = u.get("valid_to")
        if vf and not DATE.match(vf):
            problem(w, "valid_from must be YYYY-MM-DD")
        if vt is not None and (not isinstance(vt, str) or not DATE.match(vt)):
            problem(w, "valid_to must be null or YYYY-MM-DD")
        elif vt and vf and vt < vf:
            problem(w, "valid_to before valid_from")
        for ref in ("parent_code", "successor_code"):
            r = u.get(ref) or ""
            if r and r not in units_seen:
                problem(w, f"{ref} {r!r} is not an earlier unit")
        if u.get("successor_code") and not vt:
            problem(w, "a unit with a successor must have valid_to")
        if code:
            if code in units_seen:
                problem(w, f"duplicate unit code {code}")
            units_seen[code] = u
    stats["units"] = len(units_seen)
    current = [c for c, u in units_seen.items() if u.get("valid_to") is None]
    if sum(1 for c in current if units_seen[c]["level"] == "commune") < 3:
        problem("units", "need at least three current communes")
    if sum(1 for u in units_seen.values() if u["level"] == "commune" and u.get("valid_to")
           and u.get("successor_code")) < 2:
        problem("units", "need at least two old communes with successors")

    for i, a in enumerate(province.get("agencies") or []):
        w = f"agencies[{i}]"
        code = check_type(w, a, "code", "str", True)
        if code and not AGENCY_CODE.match(code):
            problem(w, f"agency code {code!r} is not LLL.KK.JJ.XNN")
        check_type(w, a, "name", "str", True)
        kind = check_type(w, a, "kind", "str", True)
        if kind and kind not in KINDS:
            problem(w, f"unknown kind {kind!r}")
        uc = check_type(w, a, "unit_code", "str", True)
        if uc and uc not in units_seen:
            problem(w, f"unit_code {uc!r} is not a unit")
        parent = a.get("parent_code") or ""
        if parent and parent not in agency_codes:
            problem(w, f"parent_code {parent!r} is not an earlier agency")
        depts = check_type(w, a, "departments", "list") or []
        if len(set(depts)) != len(depts) or not all(isinstance(d, str) and d for d in depts):
            problem(w, "departments must be unique non-empty strings")
        counters = check_type(w, a, "counters", "list") or []
        numbers = [c.get("number") for c in counters if isinstance(c, dict)]
        if len(numbers) != len(counters) or not all(is_int(n) and n > 0 for n in numbers) \
                or len(set(numbers)) != len(numbers):
            problem(w, "counters need unique positive numbers")
        if not all(isinstance(c, dict) and isinstance(c.get("name"), str) and c["name"] for c in counters):
            problem(w, "every counter needs a name")
        expected = {"service_centre": 6, "commune_one_stop": 2, "department": 0}.get(kind)
        if expected is not None and len(counters) != expected:
            problem(w, f"a {kind} should have {expected} counters, has {len(counters)}")
        if code:
            if code in agency_codes:
                problem(w, f"duplicate agency code {code}")
            agency_codes.add(code)
            agency_departments[code] = set(depts)
    stats["agencies"] = len(agency_codes)

    usernames = set()
    for i, u in enumerate(province.get("users") or []):
        w = f"users[{i}]"
        name = check_type(w, u, "username", "str", True)
        check_type(w, u, "full_name", "str", True)
        role = check_type(w, u, "role", "str", True)
        if role and role not in ROLES:
            problem(w, f"unknown role {role!r}")
        if "password" in u or "password_hash" in u:
            problem(w, "passwords must not be in the seed")
        ac = check_type(w, u, "agency_code", "str", True)
        if ac and ac not in agency_codes:
            problem(w, f"agency_code {ac!r} is not an agency")
        dept = u.get("department") or ""
        if dept and ac in agency_departments and dept not in agency_departments[ac]:
            problem(w, f"department {dept!r} is not a department of {ac}")
        if name in usernames:
            problem(w, f"duplicate username {name}")
        usernames.add(name)
    if usernames != REQUIRED_USERS:
        problem("users", f"usernames differ from the required set: missing "
                         f"{sorted(REQUIRED_USERS - usernames)}, extra {sorted(usernames - REQUIRED_USERS)}")
    stats["users"] = len(usernames)

    ids = set()
    for i, c in enumerate(province.get("citizens") or []):
        w = f"citizens[{i}]"
        n = check_type(w, c, "id_number", "str", True)
        check_type(w, c, "full_name", "str", True)
        for k in ("phone", "email", "address"):
            check_type(w, c, k, "str")
        if n and not re.match(r"^\d{12}$", n):
            problem(w, "id_number must be 12 digits")
        ids.add(n)
    if ids != REQUIRED_CITIZENS:
        problem("citizens", f"expected exactly {sorted(REQUIRED_CITIZENS)}")
    stats["citizens"] = len(ids)

# ---------------------------------------------------------------- procedures.json
catalog = load("procedures.json")
doc_class, name_code = {}, {}
codes, versions = set(), {}
if catalog is not None:
    if not isinstance(catalog, dict) or not isinstance(catalog.get("procedures"), list):
        problem("procedures.json", 'top level must be {"procedures": [...]}')
        catalog = {"procedures": []}
    source = catalog.get("source")
    if not isinstance(source, str) or not source:
        problem("procedures.json", 'missing "source" note')
        source = ""
    for i, p in enumerate(catalog["procedures"]):
        w = f"procedures[{i}]"
        if not isinstance(p, dict):
            problem(w, "must be an object")
            continue
        code = check_type(w, p, "code", "str", True)
        if code and not PROC_CODE.match(code):
            problem(w, f"code {code!r} is not D.NNNNNN")
        w = f"procedures[{i}] {code}"
        name = check_type(w, p, "name", "str", True)
        if name is not None and (not name or "[" in name):
            problem(w, "name must be non-empty and without bracketed annotations")
        field = check_type(w, p, "field", "str", True)
        if field is not None and not field:
            problem(w, "field must not be empty")
        level = check_type(w, p, "level", "str", True)
        if level is not None and level not in LEVELS:
            problem(w, f"level must be commune or province, not {level!r}")
        agency = check_type(w, p, "competent_agency_code", "str") or ""
        if level == "province":
            if not agency:
                problem(w, "a provincial procedure needs competent_agency_code")
            elif province is not None and agency not in agency_codes:
                problem(w, f"competent_agency_code {agency!r} is not in demo_province.json")
        elif agency:
            problem(w, "a commune procedure should leave competent_agency_code empty")
        eff = check_type(w, p, "effective_from", "str", True)
        if eff and not DATE.match(eff):
            problem(w, "effective_from must be YYYY-MM-DD")
        t = check_type(w, p, "processing_time", "dict", True)
        if t is not None:
            amount = check_type(w, t, "amount", "int", True)
            if amount is not None and not 0 <= amount <= 365:
                problem(w, "processing_time.amount must be 0..365")
            if t.get("unit", "working_days") not in ("working_days", "working_hours"):
                problem(w, "processing_time.unit must be working_days or working_hours")
        fees = check_type(w, p, "fees", "list", True) or []
        if not fees:
            problem(w, "at least one fee entry expected (0 when free)")
        for j, fee in enumerate(fees):
            if not isinstance(fee, dict):
                problem(w, f"fees[{j}] must be an object")
                continue
            check_type(f"{w} fees[{j}]", fee, "name", "str", True)
            a = check_type(f"{w} fees[{j}]", fee, "amount_vnd", "int", True)
            if a is not None and a < 0:
                problem(w, f"fees[{j}] negative amount")
            check_type(f"{w} fees[{j}]", fee, "note", "str")
        comps = check_type(w, p, "components", "list", True) or []
        if not comps:
            problem(w, "at least one component expected")
        comp_ids = set()
        for j, c in enumerate(comps):
            cw = f"{w} components[{j}]"
            if not isinstance(c, dict):
                problem(cw, "must be an object")
                continue
            cid = check_type(cw, c, "id", "str", True)
            cname = check_type(cw, c, "name", "str", True)
            check_type(cw, c, "required", "bool", True)
            copies = check_type(cw, c, "copies", "int", True)
            if copies is not None and copies < 0:
                problem(cw, "copies must not be negative")
            dt = check_type(cw, c, "document_type_code", "str", True)
            cls = check_type(cw, c, "digitization_class", "str", True)
            if cid is not None and not SLUG.match(cid):
                problem(cw, f"id {cid!r} is not a short ASCII slug")
            if cid in comp_ids:
                problem(cw, f"duplicate component id {cid!r}")
            comp_ids.add(cid)
            if not cname:
                problem(cw, "empty name")
            if cls is not None and cls not in CLASSES:
                problem(cw, f"unknown digitization_class {cls!r}")
            if dt is not None:
                if not DOC_CODE.match(dt):
                    problem(cw, f"document_type_code {dt!r} is not short uppercase ASCII")
                if doc_class.setdefault(dt, cls) != cls:
                    problem(cw, f"document type {dt} has class {cls}, elsewhere {doc_class[dt]}")
                if cname and name_code.setdefault(cname, dt) != dt:
                    problem(cw, f"paper {cname!r} coded {dt}, elsewhere {name_code[cname]}")
                if not re.search(r"(^|[^A-Z0-9])" + re.escape(dt) + r"([^A-Z0-9]|$)", source):
                    problem(cw, f"document type code {dt} is not listed in the source note")
        online = check_type(w, p, "online_level", "str", True)
        if online is not None and online not in ONLINE:
            problem(w, f"online_level {online!r}")
        check_type(w, p, "four_on_the_spot", "bool", True)
        check_type(w, p, "boundary_free", "bool", True)
        r = check_type(w, p, "retention_years", "int", True)
        if r is not None and r <= 0:
            problem(w, "retention_years must be positive")
        check_type(w, p, "legal_basis", "str")
        if code:
            codes.add(code)
            if eff in versions.setdefault(code, []):
                problem(w, f"two versions of {code} take effect on {eff}")
            if versions[code] and eff and eff < versions[code][-1]:
                problem(w, "versions of one procedure must be listed oldest first")
            versions[code].append(eff)
    if len(codes) != EXPECTED_CODES:
        problem("procedures.json", f"expected {EXPECTED_CODES} procedure codes, found {len(codes)}")
    multi = {c: v for c, v in versions.items() if len(v) > 1}
    if list(multi) != ["1.004873"] or multi.get("1.004873") != ["2018-01-01", "2025-07-01"]:
        problem("procedures.json", f"expected one older version (1.004873 from 2018-01-01), found {multi}")
    stats["procedure codes"] = len(codes)
    stats["procedure entries"] = len(catalog["procedures"])
    stats["document type codes"] = len(doc_class)

# ---------------------------------------------------------------- processes/*.bpmn
# Every procedure ships a process map (seed/make_processes.py writes them); SeedDemo stores each
# through ParseBpmn, which checks the graph; here: present, well-formed XML, BPMN, known agencies.
BPMN_NS = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
MOTCUA_NS = "{http://motcua.vn/bpmn}"
process_dir = os.path.join(SEED, "processes")
maps = {f[:-5] for f in os.listdir(process_dir) if f.endswith(".bpmn")} \
    if os.path.isdir(process_dir) else set()
if catalog is not None:
    for code in sorted(codes - maps):
        problem(f"processes/{code}.bpmn", "missing: every procedure needs a process map")
    for code in sorted(maps - codes):
        problem(f"processes/{code}.bpmn", "no procedure with this code in procedures.json")
kinds_seen = set()
for code in sorted(maps):
    w = f"processes/{code}.bpmn"
    try:
        root = ET.parse(os.path.join(process_dir, code + ".bpmn")).getroot()
    except (OSError, ET.ParseError) as e:
        problem(w, f"not well-formed XML: {e}")
        continue
    if root.tag != BPMN_NS + "definitions":
        problem(w, "root element must be bpmn:definitions")
        continue
    process = root.find(BPMN_NS + "process")
    if process is None or len(process.findall(BPMN_NS + "startEvent")) != 1:
        problem(w, "needs one bpmn:process with exactly one start event")
        continue
    for el in process:
        kinds_seen.add(el.tag[len(BPMN_NS):])
        agency = el.get(MOTCUA_NS + "agency")
        if agency is not None and agency not in agency_codes:
            problem(w, f"{el.get('id')}: consulted agency {agency} is not in demo_province.json")
if maps:
    if "parallelGateway" not in kinds_seen:
        problem("processes", "at least one map needs a parallel branch")
    if not kinds_seen & {"serviceTask", "sendTask"}:
        problem("processes", "at least one map needs an inter-agency consultation")
stats["process maps"] = len(maps)

# ---------------------------------------------------------------- summary
print("seed check: " + ", ".join(f"{v} {k}" for k, v in stats.items()))
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  - " + p)
    sys.exit(1)
print("OK")
