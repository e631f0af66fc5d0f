#!/usr/bin/env python3
"""Writes resources/lexicon-it.txt, the Italian valence lexicon, from Sentix 3.

Sentix scores lemmas from -1 to 1; the engine reads VADER's -4..4 scale and matches the words
as written, so this script scales every score by SCALE and spells out the inflected forms of
each lemma. Python 3 standard library only; the output depends only on the input file.

    python3 plugins/sentiment/scripts/make-sentix-lexicon.py \
        /work/shared/data/sentix/sentix_v3.1.1.csv plugins/sentiment/resources/lexicon-it.txt
"""
import csv
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

# Lemmas whose Sentix score has the wrong sign or a sense news and tweets rarely use, corrected
# here so that every form spelt out follows (deluso, delusa, delusi, deluse). Valences on VADER's
# scale, from the VADER valence of the English translation (disappointed -2.1); 0 for no
# sentiment, which leaves the lemma out. Three reviews chose them, none reading any gold label:
# all 211 single-word lemmas Sentix scores 0.75 or more and all 626 it scores -0.75 or less (at
# -4 once scaled), each read for its common sense; and the
# verbs whose past participles the irregular endings below added where KIND's training text
# (counted only) uses them, read as news uses them ("ha ripreso", "ha risposto", "si è dimesso").
LEMMA_CORRECTIONS = {
    # Wrong sign among the strongest positive lemmas.
    "arrogante": -2.2, "deluso": -2.1, "disilluso": -1.9, "disilludere": -1.0,
    "disingannato": -1.0, "diseducato": -1.6, "diseducare": -1.6, "malavvezzo": -1.6,
    "amoralista": -1.6, "disonorato": -2.0, "indecente": -2.2, "sconcio": -2.2,
    "scabroso": -1.1, "tremendo": -2.0, "snervare": -1.5, "sfibrare": -1.5, "distrarre": -1.2,
    "gonfiato": -1.0,
    # No sentiment in their common sense: titles (onorevole, eminenza), names (santo, benedetto),
    # things (cartone, pompa), roles (ricercatore, mamma, personaggio), plain description.
    "disingannare": 0, "disincantato": 0, "antitesi": 0, "ricercatore": 0, "manifesto": 0,
    "cartone": 0, "cartoncino": 0, "pompa": 0, "eminenza": 0, "onorevole": 0, "santo": 0,
    "benedetto": 0, "predominanza": 0, "preminenza": 0, "primazia": 0, "sopraeminenza": 0,
    "sovreminenza": 0, "esportabile": 0, "adottabile": 0, "mamma": 0, "mammina": 0,
    "maternità": 0, "materno": 0, "paterno": 0, "rubicondo": 0, "guardingo": 0,
    "circospetto": 0, "drammaticità": 0, "sopportazione": 0, "costituzionale": 0,
    "personaggio": 0, "considerato": 0, "definito": 0, "compito": 0, "lupolina": 0,
    "criollo": 0, "elminti": 0, "antelmintico": 0, "antielmintico": 0, "vermifugo": 0,
    "spidocchiare": 0, "blu-nastro": 0, "rete-valore": 0,
    # Good or neutral words among the strongest negative lemmas: "sito" (web site), "vela",
    # "croce", "sinistro" (and "sinistra", the political left), "tregua", "invincibile",
    # "gratuito" (free, or gratuitous), "sollevato" (relieved, but in news mostly raised).
    "acquietare": 1.3, "indolore": 1.2, "invincibile": 2.2, "insuperabile": 2.2,
    "insostituibile": 1.5, "lenitivo": 1.3, "requie": 1.3, "tregua": 1.3, "tutelare": 1.6,
    "gongolare": 1.5, "gongolante": 1.5, "garantito": 1.0,
    "sito": 0, "vela": 0, "vele": 0, "croce": 0, "sinistro": 0, "gratuito": 0, "sollevato": 0,
    "assodare": 0, "assodato": 0, "attenuante": 0, "cautelare": 0, "celibe": 0, "nubile": 0,
    "scapolo": 0, "colorazione": 0, "conquista": 0, "esclusivo": 0, "forestiero": 0,
    "granito": 0, "indiscusso": 0, "indubbio": 0, "indubitabile": 0, "indubitato": 0,
    "innegabile": 0, "inestinguibile": 0, "irrevocabile": 0, "lampante": 0, "palliazione": 0,
    "parare": 0, "pastorizzare": 0, "pastorizzato": 0, "pastorizzazione": 0,
    "pasteurizzazione": 0, "penitente": 0, "pentito": 0, "plausibile": 0, "respiro": 0,
    "risposare": 0, "secolare": 0, "secondario": 0, "singolare": 0, "soprannaturale": 0,
    "sovrannaturale": 0, "stoico": 0, "sufficienza": 0, "sufficenza": 0, "tangibile": 0,
    "ufficioso": 0, "vegliare": 0, "verosimile": 0, "verisimile": 0, "verosimigliante": 0,
    "verisimigliante": 0, "trasversalmente": 0, "mediatamente": 0, "indirettamente": 0,
    "infinitamente": 0, "illimitatezza": 0, "sconfinatezza": 0, "infinitezza": 0,
    "capitalizzazione": 0, "mono": 0, "rap": 0, "odorare": 0, "olezzante": 0,
    "preterintenzionale": 0, "imprescrittibile": 0, "inappellabile": 0, "perentorio": 0,
    "provato": 0, "scontato": 0, "bollire": 0, "cracker": 0, "ergoterapia": 0,
    "prassiterapia": 0, "immunocompetenti": 0, "immunocompetenza": 0, "analgesia": 0,
    "crioanestesia": 0, "fissa": 0, "giacente": 0, "onere": 0, "gravame": 0, "selvatico": 0,
    "discriminante": 0, "atipico": 0, "atono": 0, "anisotropo": 0, "alterato": 0,
    "accidentalmente": 0, "disabilitare": 0, "anticonformistico": 0, "involontario": 0,
    "invalido": 0, "debunking": 0, "canard": 0, "fifa": 0, "incastrare": 0,
    # Verbs of news reporting that Sentix scores from rarer senses (riprendere -0.66 from
    # "reprimand", difendere -0.62), now with their participles.
    "riprendere": 0, "difendere": 0, "rispondere": 0, "scendere": 0, "spendere": 0,
    "dimettere": 0, "stendere": 0, "spingere": 0, "rimettere": 0, "corrispondere": 0,
    "richiudere": 0,
    # Sentix +0.23, where news says "costretto a dimettersi" (forced -2.0).
    "costringere": -2.0,
}

HEADER = """# Italian valence lexicon for the sentiment plugin: word<TAB>valence (-4..4).
# Derived from Sentix 3.1.1 (Basile & Nissim, WASSA 2013; Vassallo et al. 2019, 2020;
# https://github.com/valeriobasile/sentix, doi:10.5281/zenodo.15609185), licensed CC BY-SA 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/); this file is licensed CC BY-SA 4.0 too.
# Changes: scores x{scale} (negative ones also x{weight}, at most -4); words under {min} before
# scaling, function words and multiword lemmas left out; {corrected} lemmas' scores corrected
# (LEMMA_CORRECTIONS in the script); inflected forms added.
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


# Past participles of -ere and -ire verbs that do not end in -uto and -ito, by the end of the
# infinitive, longest first: the participle of a sentiment verb is the form news uses most ("ha
# deluso", "è stato ucciso", "mi è piaciuto"), and the regular rule made "deluduto", "piacuto".
IRREGULAR_PARTICIPLE_ENDINGS = [
    ("fondere", "fus"),  # confondere: confuso, not confosto
    ("stringere", "strett"),  # costringere: costretto, not costrinto
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
    "coprire": "copert", "scoprire": "scopert",
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
    return lemma.endswith(("are", "ere", "ire")) and len(lemma) > 4


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
    lemmas.update(LEMMA_CORRECTIONS)
    # Where several lemmas give one form, the likelier reading wins: a lemma itself ("testo",
    # not testare), then a noun or adjective form ("monti", plural of monte, not of montare),
    # then a verb form; lemmas of the same tier share the mean of their scores.
    tiers = [{lemma: [v] for lemma, v in lemmas.items()}, {}, {}]
    for lemma, valence in lemmas.items():
        tier = 2 if is_verb(lemma) else 1
        for form in forms_of(lemma):
            tiers[tier].setdefault(form, []).append(valence)
    words = {}
    for tier in tiers:
        for form, valences in tier.items():
            words.setdefault(form, sum(valences) / len(valences))
    with open(target, "w", encoding="utf-8") as out:
        out.write(HEADER.format(scale=SCALE, weight=NEGATIVE_WEIGHT, min=MIN_SCORE,
                                corrected=len(LEMMA_CORRECTIONS)))
        for word in sorted(words):
            valence = words[word]
            if abs(valence) >= MIN_SCORE * SCALE and word not in RULE_WORDS | FUNCTION_WORDS:
                out.write(f"{word}\t{valence:.3f}\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make-sentix-lexicon.py SENTIX_CSV LEXICON_OUT")
    main(sys.argv[1], sys.argv[2])
