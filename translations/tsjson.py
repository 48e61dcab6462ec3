#!/usr/bin/env python3
# Used for the zh_CN and vi passes: extract the unfinished messages of a .ts file to JSON chunks
# (for translators, placeholders and accelerators checked), apply them back, then rerun lupdate
# (cmake --build build --target update_translations) to normalise the file.
"""Move unfinished Qt Linguist messages to JSON and back.
  tsjson.py extract FILE.ts OUT_PREFIX N   -> OUT_PREFIX.1.json .. .N.json (unfinished only)
  tsjson.py apply FILE.ts IN.json...        -> fills translations (matched by context+source+comment)
  tsjson.py check IN.json...                -> reports entries without a translation, placeholder mismatches
Each JSON entry: {"context","source","comment","numerus","translation"} ("translation" a string)."""
import json, re, sys
import xml.etree.ElementTree as ET

def load(path):
    tree = ET.parse(path)
    return tree

def entries(tree):
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name')
        for m in ctx.iter('message'):
            yield name, m

def key(ctxname, m):
    return (ctxname, m.findtext('source') or '', m.findtext('comment') or '')

def placeholders(s):
    return sorted(re.findall(r'%L?\d+|%n', s))

def extract(ts, prefix, n):
    tree = load(ts)
    out = []
    for name, m in entries(tree):
        t = m.find('translation')
        if t is not None and t.get('type') == 'unfinished':
            out.append({'context': name, 'source': m.findtext('source') or '', 'comment': m.findtext('comment') or '',
                        'numerus': m.get('numerus') == 'yes', 'translation': ''})
    n = int(n)
    size = (len(out) + n - 1) // n
    for i in range(n):
        chunk = out[i * size:(i + 1) * size]
        with open(f'{prefix}.{i + 1}.json', 'w', encoding='utf-8') as f:
            json.dump(chunk, f, ensure_ascii=False, indent=1)
        print(f'{prefix}.{i + 1}.json: {len(chunk)} messages')

def write(tree, ts):
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(ts, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')

def apply(ts, files):
    tree = load(ts)
    table = {}
    for fn in files:
        for e in json.load(open(fn, encoding='utf-8')):
            if e.get('translation'):
                table[(e['context'], e['source'], e.get('comment', ''))] = e['translation']
    done = 0
    for name, m in entries(tree):
        k = key(name, m)
        if k not in table:
            continue
        t = m.find('translation')
        if t is None or t.get('type') != 'unfinished':
            continue
        text = table[k]
        for child in list(t):
            t.remove(child)
        t.text = None
        if m.get('numerus') == 'yes':
            nf = ET.SubElement(t, 'numerusform')
            nf.text = text
        else:
            t.text = text
        del t.attrib['type']
        done += 1
    write(tree, ts)
    print(f'{ts}: {done} translations applied')

def check(files):
    bad = 0
    for fn in files:
        for e in json.load(open(fn, encoding='utf-8')):
            tr = e.get('translation', '')
            if not tr:
                print(f'{fn}: missing: {e["source"][:70]!r}'); bad += 1
            elif placeholders(tr) != placeholders(e['source']):
                print(f'{fn}: placeholders differ: {e["source"][:60]!r} -> {tr[:60]!r}'); bad += 1
            elif ('&' in re.sub(r'&(amp|lt|gt|quot|apos);', '', e['source'])) != ('&' in re.sub(r'&(amp|lt|gt|quot|apos);', '', tr)):
                print(f'{fn}: accelerator (&) differs: {e["source"][:60]!r} -> {tr[:60]!r}'); bad += 1
    print('problems:', bad)
    return bad

if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'extract': extract(*sys.argv[2:5])
    elif cmd == 'apply': apply(sys.argv[2], sys.argv[3:])
    elif cmd == 'check': sys.exit(1 if check(sys.argv[2:]) else 0)
