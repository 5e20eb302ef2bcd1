"""Writes the acceptance-format search sets (eval/data/search-<set>-{tune,holdout}.json) from the
hand-written sources beside this file. Each source module defines LOCALE, ARTICLES
[(slug, family, category, tags, question, answer)] and QUERIES [(family, slug_or_slugs, q)].
Both files of a set hold every article; the tune file holds the queries of family 'tune', the
holdout file those of family 'holdout'. Run: python3 eval/data/sources/build.py"""
import importlib.util, json, pathlib

here = pathlib.Path(__file__).parent
for src in sorted(here.glob('*.py')):
    if src.name == 'build.py':
        continue
    spec = importlib.util.spec_from_file_location(src.stem, src)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    slugs = {a[0] for a in m.ARTICLES}
    assert len(slugs) == len(m.ARTICLES), f'{src.name}: duplicate slug'
    articles = [dict(slug=s, locale=m.LOCALE, question=q, answer=a, category=c, tags=list(t), status='published')
                for s, _f, c, t, q, a in m.ARTICLES]
    for fam in ('tune', 'holdout'):
        queries = []
        for f, rel, q in m.QUERIES:
            rel = [rel] if isinstance(rel, str) else list(rel)
            assert all(r in slugs for r in rel), f'{src.name}: unknown slug in {rel}'
            if f == fam:
                queries.append(dict(q=q, relevant=rel))
        out = here.parent / f'search-{src.stem}-{fam}.json'
        out.write_text(json.dumps(dict(locale=m.LOCALE, articles=articles, queries=queries), ensure_ascii=False, indent=1) + '\n')
        print(out.name, len(articles), 'articles', len(queries), 'queries')
