"""Draw a fixed, seeded sample of held-out items and write BLIND copies (id, speaker, text, context only).
Only this script reads the original files; the annotator reads blind-*.jsonl."""
import json, random, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = pathlib.Path(__file__).parent
PLAN = [('style', 'heldout', 80), ('style', 'heldout-annomi', 80), ('stance', 'heldout', 60),
        ('stance', 'heldout-annomi', 60), ('empathy', 'heldout', 60), ('empathy', 'heldout-annomi', 60)]
for task, name, n in PLAN:
    items = [json.loads(l) for l in (ROOT / task / f'{name}.jsonl').read_text().splitlines() if l.strip()]
    rng = random.Random(7)
    pick = sorted(rng.sample(range(len(items)), n))
    rng.shuffle(pick)  # blind order is shuffled so that file order gives nothing away
    with open(OUT / f'blind-{task}-{name}.jsonl', 'w') as f:
        for i in pick:
            it = items[i]
            f.write(json.dumps({k: it[k] for k in ('id', 'speaker', 'text', 'context') if k in it}, ensure_ascii=False) + '\n')
    print(task, name, len(items), '->', n)
