#!/usr/bin/env python3
"""Writes resources/lexicon-it.txt, the Italian valence lexicon, from Sentix 3.

Sentix scores lemmas from -1 to 1; the engine reads VADER's -4..4 scale and matches the words
as written, so this script scales every score by SCALE and spells out the inflected forms of
each lemma. Python 3 standard library only; the output depends only on the input file.

    python3 plugins/sentiment/scripts/make-sentix-lexicon.py \
        /work/shared/data/sentix/sentix_v3.1.1.csv plugins/sentiment/resources/lexicon-it.txt
"""
import csv
import os
import sys

# Sentix's strongest words (ottimo 1) then sit at 4, the end of VADER's scale: the two scales
# meet at their ends, as both rate the strongest words of their language at the top.
SCALE = 4.0
# Negative scores weigh half again as much: Sentix leans positive (its authors' WMAL paper,
# "Polarity Imbalance"), readers weigh bad words more than good ones, and on SENTIPOLC the
# factor moves F from 0.588 to 0.60 (1.3: 0.595, 2.0: 0.600).
NEGATIVE_WEIGHT = 1.5
# Below this absolute Sentix score a lemma is noise from its WordNet senses ("guerra" 0.04).
MIN_SCORE = 0.2
# The engine's own rule words: scored by rules, never by the lexicon ("ma" 0.875, "non" -0.58).
RULE_WORDS = {
    "non", "mai", "né", "ne", "nessuno", "nessuna", "niente", "nulla", "senza", "nemmeno",
    "neanche", "neppure", "mica", "ma", "però", "tuttavia", "eppure", "invece", "molto",
    "davvero", "estremamente", "assolutamente", "troppo", "poco", "abbastanza", "piuttosto",
    "quasi", "più", "meno", "tanto", "così", "proprio",
}

# Function words that Sentix scores as homographs of content words ("per" 0.5, "era" the epoch
# -0.25, "al"): in running text they are nearly always the function word, with no sentiment.
# The last line are words mostly inside locutions ("via email", "da parte di", "una volta",
# "alla fine") whose Sentix scores come from rarer senses.
FUNCTION_WORDS = set("""
a ad al allo alla ai agli alle da dal dallo dalla dai dagli dalle di del dello della dei degli
delle in nel nello nella nei negli nelle su sul sullo sulla sui sugli sulle con col coi per tra
fra il lo la i gli le un uno una e ed o od che chi cui se come dove quando anche già ancora
è e' sono sei siamo siete era erano ero eri fu furono sia siano sarà saranno essere stato stata
stati state ho hai ha abbiamo avete hanno aveva avevano avere avuto io tu lui lei noi voi loro
esso essa questo questa questi queste quello quella quelli quelle suo sua suoi sue mio mia
tuo tua nostro nostra vostro vostra poi qui qua lì là dopo prima ora oggi ieri domani
via parte volta fine
""".split())

# The lemmas whose Sentix score is corrected, lemma -> valence (sentix-corrections.tsv, beside
# this script, says why and how they were chosen).
def read_corrections(path):
    corrections = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            lemma, _, text = line.partition("\t")
            try:
                valence = float(text)
            except ValueError:
                valence = None
            if not lemma or lemma in corrections or valence is None or not -4 <= valence <= 4:
                sys.exit(f"{path}:{number}: expected a lemma not listed before, a TAB and a "
                         f"valence from -4 to 4")
            corrections[lemma] = valence
    return corrections


CORRECTIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentix-corrections.tsv")
# The engine's own corrections of single forms, loaded after this lexicon (word<TAB>valence).
FORM_CORRECTIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources",
                                "corrections-it.txt")


def zeroed_words(path):
    """The words corrections-it.txt sets to 0: without sentiment in news ("situazione",
    "opinione", "diverso"). Where one is a Sentix lemma, its other forms have none either: a
    reviewer found "situazioni" at -3.75 and "diversa" at +1.98 beside "situazione" and "diverso"
    at 0."""
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, _, valence = line.rstrip("\n").partition("\t")
            if word and not word.startswith("#") and valence.strip() in ("0", "0.0"):
                words.add(word)
    return words

HEADER = """# Italian valence lexicon for the sentiment plugin: word<TAB>valence (-4..4).
# Derived from Sentix 3.1.1 (Basile & Nissim, WASSA 2013; Vassallo et al. 2019, 2020;
# https://github.com/valeriobasile/sentix, doi:10.5281/zenodo.15609185), licensed CC BY-SA 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/); this file is licensed CC BY-SA 4.0 too.
# Changes: scores x{scale} (negative ones also x{weight}, at most -4); words under {min} before
# scaling, function words and multiword lemmas left out; {corrected} lemmas' scores corrected
# (scripts/sentix-corrections.tsv, and lemmas corrections-it.txt sets to 0); inflected forms
# added.
# Generated by scripts/make-sentix-lexicon.py; do not edit by hand.
"""


def soft(stem, ending):
    """stem+ending keeping the sound of -care/-ciare verbs and -co/-ca words: cerc+i -> cerchi,
    mangi+i -> mangi. Words in -ico and -igo soften instead (tragici), which the caller says."""
    if ending[:1] in ("i", "e"):
        if stem.endswith(("c", "g")):
            return stem + "h" + ending
        if stem.endswith(("ci", "gi")) and len(stem) > 2:
            return stem[:-1] + ending
    return stem + ending


def plain(stem, ending):
    return stem + ending


# Past participles of -ere verbs that do not end in -uto, by the end of the infinitive; an
# ending comes before the shorter ones it ends with ("fondere" before "ondere"). The participle of a sentiment verb is the form news uses most ("ha
# deluso", "è stato ucciso", "mi è piaciuto"), and the regular rule made "deluduto", "piacuto".
IRREGULAR_PARTICIPLE_ENDINGS = [
    ("fondere", "fus"),  # confondere: confuso, not confosto
    ("stringere", "strett"),  # costringere: costretto, not costrinto
    ("eggere", "ett"),  # proteggere, leggere, eleggere, correggere
    ("iedere", "iest"),  # chiedere, richiedere
    ("acere", "aciut"),  # piacere, dispiacere, tacere
    ("udere", "us"),  # deludere, illudere, escludere, chiudere
    ("endere", "es"),  # offendere, sorprendere, difendere, prendere
    ("idere", "is"),  # uccidere, decidere, deridere, condividere
    ("uggere", "utt"),  # distruggere
    ("iggere", "itt"),  # sconfiggere, affliggere
    ("incere", "int"),  # vincere, convincere
    ("ompere", "ott"),  # rompere, corrompere, interrompere
    ("ettere", "ess"),  # promettere, ammettere, commettere
    ("gliere", "lt"),  # accogliere, cogliere, sciogliere
    ("ingere", "int"),  # spingere, respingere, fingere
    ("angere", "ant"),  # piangere, rimpiangere
    ("uovere", "oss"),  # commuovere, muovere
    ("ondere", "ost"),  # rispondere, nascondere
    ("erdere", "ers"),  # perdere, disperdere (perduto too: below)
]
# Verbs those endings mislead (vendere: venduto) and -ire verbs whose participle is irregular
# (most -ire verbs, ferire and preferire among them, are regular).
IRREGULAR_PARTICIPLES = {
    "vendere": "vendut", "svendere": "svendut", "rivendere": "rivendut",
    "splendere": "splendut", "risplendere": "risplendut",
    "morire": "mort", "offrire": "offert", "soffrire": "soffert", "aprire": "apert",
    "coprire": "copert", "scoprire": "scopert", "vivere": "vissut",
    "sopravvivere": "sopravvissut", "venire": "venut", "avvenire": "avvenut",
    "intervenire": "intervenut", "convenire": "convenut", "svenire": "svenut",
    "prevenire": "prevenut",
}


def participle_stems(lemma, stem, kind):
    regular = stem + {"are": "at", "ere": "ut", "ire": "it"}[kind]
    if lemma in IRREGULAR_PARTICIPLES:
        return [IRREGULAR_PARTICIPLES[lemma]]
    if kind == "ere":
        for ending, replacement in IRREGULAR_PARTICIPLE_ENDINGS:
            if lemma.endswith(ending):
                irregular = lemma[: -len(ending)] + replacement
                # perdere has both (perso, perduto); the other endings' regular forms are wrong.
                return [irregular, regular] if ending == "erdere" else [irregular]
    return [regular]


def verb_forms(lemma):
    stem, kind = lemma[:-3], lemma[-3:]
    if len(stem) < 2:
        return []
    vowel = {"are": "a", "ere": "e", "ire": "i"}[kind]
    future = soft(stem, "e") if kind == "are" else stem + vowel
    # Third persons only: news and tweets speak of others, and first and second persons
    # collide with nouns ("volta", "monti" would read as voltare, montare).
    endings_present = {
        "are": ["a", "ano"],
        "ere": ["e", "ono"],
        "ire": ["e", "ono", "isce", "iscono"],
    }[kind]
    subjunctive = {"are": ["ino"], "ere": ["ano"], "ire": ["ano", "isca"]}[kind]
    participles = participle_stems(lemma, stem, kind)
    # Only -are verbs keep their hard c and g (cerchi); -ere and -ire ones soften (piace).
    spell = soft if kind == "are" else plain
    forms = [spell(stem, e) for e in endings_present + subjunctive]
    if lemma.endswith("acere"):  # piacere: piacciono, piaccia, piacciano, piacque
        root = lemma[: -len("acere")]
        forms = [root + "ace"] + [root + e for e in ("acciono", "accia", "acciano")]
        forms += [root + e for e in ("acque", "acquero")]
    forms += [stem + vowel + e for e in ("va", "vano", "ndo", "re")]
    forms += [participle + e for participle in participles for e in ("o", "a", "i", "e")]
    forms += [future + e for e in ("rà", "ranno", "rebbe", "rebbero")]
    forms += [stem + {"are": "ò", "ere": "é", "ire": "ì"}[kind], stem + vowel + "rono"]
    return forms


def noun_adjective_forms(lemma):
    stem = lemma[:-1]
    if len(stem) < 2:
        return []
    endings = {"o": ["a", "i", "e"], "e": ["i"], "a": ["e", "i"]}.get(lemma[-1], [])
    # tragico -> tragici but bianco -> bianchi; feminine plurals always keep the sound (tragiche).
    spell_i = plain if stem.endswith(("ic", "ig")) else soft
    return [(spell_i if e == "i" else soft)(stem, e) for e in endings]


def is_verb(lemma):
    # Not "noli-me-tangere", the plant: no hyphenated lemma is a verb to conjugate.
    return lemma.endswith(("are", "ere", "ire")) and len(lemma) > 4 and "-" not in lemma


def forms_of(lemma):
    if is_verb(lemma):
        return verb_forms(lemma)
    return noun_adjective_forms(lemma)


def main(source, target):
    lemmas = {}  # every single-word lemma with its scaled score, weak ones included
    with open(source, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            lemma = row["lemma"].strip().lower()
            if not lemma or "_" in lemma or " " in lemma:
                continue
            try:
                score = float(row["score"]) * SCALE
            except ValueError:
                continue
            lemmas[lemma] = max(-4.0, score * NEGATIVE_WEIGHT) if score < 0 else score
    corrections = read_corrections(CORRECTIONS)
    for word in zeroed_words(FORM_CORRECTIONS):
        if word in lemmas and word not in corrections:
            corrections[word] = 0.0
            # Sentix also lists some plurals as lemmas of their own ("progetti", "quartieri",
            # which forms_of would read as a verb's).
            for form in set(forms_of(word)) | set(noun_adjective_forms(word)):
                if form in lemmas and form not in corrections:
                    corrections[form] = 0.0
    lemmas.update(corrections)
    # Where several lemmas give one form, the likelier reading wins: a lemma itself ("testo",
    # not testare), then a noun or adjective form ("monti", plural of monte, not of montare),
    # then a verb form; lemmas of the same tier share the mean of their scores.
    tiers = [{lemma: [v] for lemma, v in lemmas.items()}, {}, {}]
    for lemma, valence in lemmas.items():
        # A lemma corrected to 0 has no sentiment: it keeps its own form out, and its other
        # forms do not dilute another lemma's ("bollano" is bollare's, not half bollire's).
        if lemma in corrections and valence == 0:
            continue
        tier = 2 if is_verb(lemma) else 1
        for form in forms_of(lemma):
            tiers[tier].setdefault(form, []).append(valence)
    words = {}
    for tier in tiers:
        for form, valences in tier.items():
            words.setdefault(form, sum(valences) / len(valences))
    with open(target, "w", encoding="utf-8") as out:
        out.write(HEADER.format(scale=SCALE, weight=NEGATIVE_WEIGHT, min=MIN_SCORE,
                                corrected=len(corrections)))
        for word in sorted(words):
            valence = words[word]
            if abs(valence) >= MIN_SCORE * SCALE and word not in RULE_WORDS | FUNCTION_WORDS:
                out.write(f"{word}\t{valence:.3f}\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make-sentix-lexicon.py SENTIX_CSV LEXICON_OUT")
    main(sys.argv[1], sys.argv[2])
