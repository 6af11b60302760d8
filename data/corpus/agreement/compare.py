"""Compare the second annotator's labels (labels-*.jsonl) with the original labels (treated as gold).
Prints n, raw agreement, Cohen's kappa (and linear-weighted kappa for the ordinal empathy levels),
macro-F1, confusion pairs, and the disagreeing items (for the pattern analysis)."""
import json, pathlib, sys
from collections import Counter
HERE = pathlib.Path(__file__).resolve().parent; ROOT = HERE.parent
PLAN = [('style', 'heldout', ['style']), ('style', 'heldout-annomi', ['style']),
        ('stance', 'heldout', ['stance']), ('stance', 'heldout-annomi', ['stance']),
        ('empathy', 'heldout', ['er', 'ip', 'ex']), ('empathy', 'heldout-annomi', ['er', 'ip', 'ex'])]

def kappa(g, p, weighted=False):
    labs = sorted(set(g) | set(p)); n = len(g)
    if weighted:  # linear weights on ordinal integer levels
        w = lambda a, b: abs(a - b) / (max(labs) - min(labs) or 1)
    else:
        w = lambda a, b: 0.0 if a == b else 1.0
    po = sum(w(a, b) for a, b in zip(g, p)) / n
    cg, cp = Counter(g), Counter(p)
    pe = sum(cg[a] * cp[b] * w(a, b) for a in labs for b in labs) / n / n
    return 1 - po / pe if pe else float('nan')

def macro_f1(g, p):
    fs = []
    for c in sorted(set(g)):  # classes present in gold
        tp = sum(1 for a, b in zip(g, p) if a == c and b == c)
        fp = sum(1 for a, b in zip(g, p) if a != c and b == c)
        fn = sum(1 for a, b in zip(g, p) if a == c and b != c)
        fs.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(fs) / len(fs)

def boot_ci(g, p, reps=2000):
    # seeded percentile bootstrap over items: 95 % intervals for agreement and kappa
    import random
    rng = random.Random(1); ks, ags = [], []
    for _ in range(reps):
        idx = [rng.randrange(len(g)) for _ in g]
        gg = [g[i] for i in idx]; pp = [p[i] for i in idx]
        ags.append(sum(a == b for a, b in zip(gg, pp)) / len(gg))
        if len(set(gg) | set(pp)) > 1 and any(a != b for a, b in zip(gg, pp)): ks.append(kappa(gg, pp))
        else: ks.append(1.0)
    ks.sort(); ags.sort()
    return (ags[int(.025 * reps)], ags[int(.975 * reps) - 1]), (ks[int(.025 * reps)], ks[int(.975 * reps) - 1])

show = '-v' in sys.argv
rows = []
for task, name, fields in PLAN:
    gold = {d['id']: d for d in (json.loads(l) for l in (ROOT / task / f'{name}.jsonl').read_text().splitlines() if l.strip())}
    mine = [json.loads(l) for l in open(HERE / f'labels-{task}-{name}.jsonl')]
    for f in fields:
        g = [gold[m['id']][f] for m in mine]; p = [m[f] for m in mine]
        agree = sum(a == b for a, b in zip(g, p)) / len(g)
        k = kappa(g, p); kw = kappa(g, p, True) if task == 'empathy' else None
        rows.append((task, name, f, len(g), agree, k, kw, macro_f1(g, p), boot_ci(g, p)))
        conf = Counter((a, b) for a, b in zip(g, p) if a != b)
        print(f"\n## {task}/{name} {f}: n={len(g)} agree={agree:.3f} kappa={k:.3f}" + (f" wkappa={kw:.3f}" if kw is not None else '') + f" macroF1={macro_f1(g, p):.3f}")
        print('  gold dist', dict(Counter(g)), '| mine', dict(Counter(p)))
        print('  disagreements gold->mine:', ', '.join(f'{a}->{b}:{c}' for (a, b), c in conf.most_common()))
        if show:
            for m, a, b in zip(mine, g, p):
                if a != b: print(f'    {m["id"]} gold={a} mine={b} | {gold[m["id"]]["text"][:160]}')
print('\n| task | file | label | n | agreement [95% CI] | Cohen kappa [95% CI] | linear-weighted kappa | macro-F1 |\n|---|---|---|---|---|---|---|---|')
for t, nm, f, n, a, k, kw, mf, (ca, ck) in rows:
    print(f"| {t} | {nm} | {f} | {n} | {a:.2f} [{ca[0]:.2f}, {ca[1]:.2f}] | {k:.2f} [{ck[0]:.2f}, {ck[1]:.2f}] | {'' if kw is None else f'{kw:.2f}'} | {mf:.2f} |")
