"""Scores the guard and squawk against the labels of the guard's corpus and writes the comparison
table of docs/guard.md. Run by benchmarks/guard-vs-squawk.sh, which runs both tools first."""
import argparse
import json
import os
import re
from collections import defaultdict

# squawk rules the guard shares, and the guard rules that cover each (the first is its main one)
SHARED = {
    'ban-drop-table': ['drop-table'],
    'ban-drop-column': ['drop-column'],
    'ban-drop-database': ['drop-object'],
    'renaming-table': ['rename-table'],
    'renaming-column': ['rename-column'],
    'changing-column-type': ['alter-column-type'],
    'adding-not-nullable-field': ['set-not-null'],
    'adding-required-field': ['add-column-not-null'],
    'adding-field-with-default': ['add-column-rewrite'],
    'adding-foreign-key-constraint': ['constraint-without-not-valid'],
    'constraint-missing-not-valid': ['constraint-without-not-valid', 'validate-in-same-transaction',
                                     'constraint-builds-index'],
    'disallowed-unique-constraint': ['constraint-builds-index'],
    'adding-serial-primary-key-field': ['constraint-builds-index'],
    'require-concurrent-index-creation': ['create-index-blocking'],
    'require-concurrent-reindex': ['create-index-blocking'],
    'require-concurrent-index-deletion': ['drop-index-blocking'],
    'ban-concurrent-index-creation-in-transaction': ['concurrently-in-transaction'],
    'ban-truncate-cascade': ['truncate'],
}

# squawk's style rules and reminders, which say nothing about a rolling deploy: left out
IGNORED = {'prefer-bigint-over-int', 'prefer-bigint-over-smallint', 'prefer-text-field', 'prefer-identity',
           'prefer-timestamp-tz', 'prefer-timestamptz', 'ban-char-field', 'prefer-robust-stmts',
           'require-lock-timeout', 'require-statement-timeout'}

# why a guard rule differs from squawk where it does (the rule-by-rule table)
PHASE = 'squawk is not phase-aware: it also flags the statement in a contract revision, where the guard reports info'
NEW_TABLE = 'the guard is silent on a table created in the same revision (empty, unknown to the running version)'
ALLOW = 'a migrate:allow comment with its reason accepts it (squawk has its own ignore comments)'
WHY_GUARD = {
    'drop-table': '; '.join([PHASE, NEW_TABLE + ', and on temporary tables', ALLOW]),
    'drop-column': '; '.join([PHASE, NEW_TABLE]),
    'drop-constraint': 'squawk has no rule for it; the old version may rely on the constraint (an upsert\'s '
                       'unique key, a cascading foreign key)',
    'drop-object': 'squawk flags only DROP DATABASE; the old version may use a view, function, type, sequence, '
                   'trigger or schema',
    'truncate': 'squawk flags only TRUNCATE ... CASCADE; every TRUNCATE empties a table the old version uses',
    'delete-all-rows': 'squawk does not read DML; the rows are gone for the old version',
    'delete-rows': 'squawk does not read DML; the old version may still read the rows',
    'concurrently-in-transaction': 'squawk only sees an explicit BEGIN, not a revision that runs in a transaction',
    'add-column-not-null': 'NOT NULL DEFAULT NULL is no default: the guard flags it, squawk does not; ' + NEW_TABLE,
    'add-column-rewrite': 'a serial column gets a nextval() default for every row: the guard flags it, squawk does not',
    'alter-column-type': NEW_TABLE,
    'set-not-null': '; '.join([NEW_TABLE, ALLOW, 'both flag it in a contract revision (a locking hazard in every '
                               'phase) and accept it after a validated CHECK (col IS NOT NULL), the lock-free '
                               'recipe']),
    'create-index-blocking': 'the guard accepts CREATE INDEX ... ON ONLY a partitioned parent (the first step of '
                             'the lock-free recipe: it builds no index)',
    'drop-index-blocking': 'the guard is silent on an index built in the same revision on a table created there',
    'rename-table': 'the guard counts SET SCHEMA as a rename: the old version\'s name no longer resolves',
}


DESTRUCTIVE = {'drop-table', 'drop-column', 'drop-constraint', 'drop-object', 'truncate', 'delete-all-rows',
               'delete-rows'}


def why(row, corpus):
    """Why the guard and squawk differ on one revision."""
    text = open(os.path.join(corpus, row['file']), encoding='utf-8').read()
    reasons = []
    missed = sorted(row['guard'] - row['squawk'])
    for rule in missed:
        reasons.append(WHY_GUARD.get(rule, '').split(';')[0])
    extra = row['squawk'] - row['guard']
    if extra:
        if '-- phase: contract' in text and extra & DESTRUCTIVE:
            reasons.append('contract revision: destructive statements are info there')
        if re.search(r'CREATE (TEMP |TEMPORARY )?TABLE', text, re.I):
            reasons.append('table created in the same revision')
        if 'migrate:allow' in text:
            reasons.append('accepted with migrate:allow and a reason')
        if 'ON ONLY' in text:
            reasons.append('ON ONLY a partitioned parent builds no index')
        for rule in sorted(extra):
            if rule.startswith('squawk:'):
                reasons.append(WHY_SQUAWK_ONLY.get(rule[len('squawk:'):], ''))
    return '; '.join(reason for reason in dict.fromkeys(reasons) if reason)


# why the guard does not flag what a squawk rule without a guard counterpart flags
WHY_SQUAWK_ONLY = {
    'ban-drop-not-null': 'dropping NOT NULL is the expand step of removing a column; the old version keeps working',
    'require-enum-value-ordering': 'where a new enum value sorts is not a rolling-deploy hazard',
    'syntax-error': 'squawk could not parse the file',
}


def label(path):
    text = open(path, encoding='utf-8').read()
    value = re.search(r'^-- expect blocking = (.+)$', text, re.M).group(1).strip()
    return set() if value == 'safe' else {rule.strip() for rule in value.split(',')}


def squawk_as_guard(rules, expected):
    """squawk's rules in guard terms: each shared rule as the guard rule it means here, others as themselves."""
    ids = set()
    for rule in rules:
        covering = SHARED.get(rule)
        if covering is None:
            ids.add('squawk:' + rule)
            continue
        hit = [one for one in covering if one in expected]
        ids.add(hit[0] if hit else covering[0])
    return ids


def confusion(rows, key):
    counts = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        expected, actual = row['expected'], row[key]
        for rule in expected | actual:
            counts[rule][0 if rule in expected and rule in actual else 1 if rule in actual else 2] += 1
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values())
    fn = sum(c[2] for c in counts.values())
    return counts, tp, fp, fn


def ratio(a, b):
    return '%.3f' % (a / b) if b else '—'


def table(corpus, work):
    files = sorted(name for name in os.listdir(corpus) if name.endswith('.sql'))
    guard = defaultdict(set)
    for finding in json.load(open(os.path.join(work, 'guard.json')))['findings']:
        if finding['severity'] == 'error' and not finding['suppressed'] and finding['file']:
            guard[os.path.basename(finding['file'])].add(finding['rule'])
    squawk = defaultdict(set)
    for name in ('squawk-tx.json', 'squawk-notx.json'):
        for violation in json.load(open(os.path.join(work, name))):
            if violation['rule_name'] not in IGNORED:
                squawk[os.path.basename(violation['file'])].add(violation['rule_name'])
    rows = []
    for name in files:
        expected = label(os.path.join(corpus, name))
        rows.append({'file': name, 'expected': expected, 'guard': guard[name], 'squawk_raw': squawk[name],
                     'squawk': squawk_as_guard(squawk[name], expected)})
    version = open(os.path.join(work, 'squawk.version')).read().strip()
    unsafe = sum(1 for row in rows if row['expected'])
    out = ['<!-- guard-vs-squawk:start: generated by benchmarks/guard-vs-squawk.sh, do not edit by hand -->', '']
    out.append('Corpus: the %d PostgreSQL revisions of `migrate-core/src/test/resources/guard/corpus/postgresql` '
               '(%d labelled unsafe, %d safe), each labelled with the rules that must block it. Tools: the guard '
               '(blocking findings) and %s (`--pg-version 15`, `--assume-in-transaction` for transactional '
               'revisions; its style rules and timeout reminders left out: %s). A squawk rule counts for the guard '
               'rule it shares (below); one the guard does not share counts as a false alarm.'
               % (len(rows), unsafe, len(rows) - unsafe, version, ', '.join('`%s`' % r for r in sorted(IGNORED))))
    out += ['', '| tool | findings right (TP) | false alarms (FP) | missed (FN) | recall | precision | '
            'unsafe revisions flagged | safe revisions flagged |', '| --- | --- | --- | --- | --- | --- | --- | --- |']
    for key, title in (('guard', 'guard'), ('squawk', version)):
        _, tp, fp, fn = confusion(rows, key)
        flagged_unsafe = sum(1 for row in rows if row['expected'] and row[key])
        flagged_safe = sum(1 for row in rows if not row['expected'] and row[key])
        out.append('| %s | %d | %d | %d | %s | %s | %d of %d | %d of %d |' % (title, tp, fp, fn, ratio(tp, tp + fn),
                   ratio(tp, tp + fp), flagged_unsafe, unsafe, flagged_safe, len(rows) - unsafe))
    guard_counts, *_ = confusion(rows, 'guard')
    squawk_counts, *_ = confusion(rows, 'squawk')
    out += ['', 'Rule by rule (counted per revision and rule):', '',
            '| guard rule | squawk rule(s) | labelled | guard TP / FP / FN | squawk TP / FP / FN | why we differ |',
            '| --- | --- | --- | --- | --- | --- |']
    for rule in sorted(r for r in set(guard_counts) | set(squawk_counts) if not r.startswith('squawk:')):
        shared = [s for s, covering in SHARED.items() if rule in covering]
        g, s = guard_counts.get(rule, [0, 0, 0]), squawk_counts.get(rule, [0, 0, 0])
        agree = g == s
        out.append('| `%s` | %s | %d | %d / %d / %d | %d / %d / %d | %s |' % (
            rule, ', '.join('`%s`' % one for one in shared) or '—', g[0] + g[2], g[0], g[1], g[2], s[0], s[1], s[2],
            'agree' if agree else WHY_GUARD.get(rule, '')))
    only = sorted(r for r in squawk_counts if r.startswith('squawk:'))
    if only:
        out += ['', 'squawk rules the guard does not share:', '', '| squawk rule | revisions | why the guard does not flag it |',
                '| --- | --- | --- |']
        for rule in only:
            name = rule[len('squawk:'):]
            out.append('| `%s` | %d | %s |' % (name, squawk_counts[rule][1], WHY_SQUAWK_ONLY.get(name, '')))
    out += ['', 'Revisions where the two differ:', '', '| revision | label | guard | squawk | why |',
            '| --- | --- | --- | --- | --- |']
    for row in rows:
        if row['guard'] != row['squawk']:
            out.append('| `%s` | %s | %s | %s | %s |' % (row['file'], ', '.join(sorted(row['expected'])) or 'safe',
                       ', '.join('`%s`' % r for r in sorted(row['guard'])) or '—',
                       ', '.join('`%s`' % r for r in sorted(row['squawk_raw'])) or '—', why(row, corpus)))
    out += ['', '<!-- guard-vs-squawk:end -->']
    return '\n'.join(out) + '\n'


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--corpus', required=True)
    parser.add_argument('--work', required=True)
    parser.add_argument('--doc', required=True)
    parser.add_argument('--out', help="'-' prints the table instead of rewriting the doc")
    args = parser.parse_args()
    generated = table(args.corpus, args.work)
    if args.out == '-':
        print(generated, end='')
        return
    doc = open(args.doc, encoding='utf-8').read()
    start = doc.index('<!-- guard-vs-squawk:start')
    end = doc.index('<!-- guard-vs-squawk:end -->') + len('<!-- guard-vs-squawk:end -->\n')
    open(args.doc, 'w', encoding='utf-8').write(doc[:start] + generated + doc[end:])
    print('docs: %s rewritten' % args.doc)


if __name__ == '__main__':
    main()
