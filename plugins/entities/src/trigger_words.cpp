#include "trigger_words.hpp"

#include <array>
#include <string>

#include "hash_key_map.hpp"
#include "hashing.hpp"

namespace strata::entities {
namespace {

// Space-separated, in normalized form (case-folded). Single words only: "il ministro" is
// "ministro" one token before, which the window features see.
constexpr std::string_view kPersonTitles =
    "ministro ministra presidente presidentessa premier sindaco sindaca on. onorevole dott. "
    "dott dottor dottore dottoressa dott.ssa prof. prof professore professoressa avv. avvocato "
    "ing. ingegner ingegnere sig. sig signor signore signora sig.ra sigg. sen. senatore "
    "senatrice deputato deputata papa pontefice cardinale monsignor mons. arcivescovo vescovo "
    "don padre frate fra suor madre re regina principe principessa duca duchessa conte "
    "contessa marchese barone imperatore imperatrice zar generale gen. colonnello col. "
    "capitano cap. tenente maggiore sergente ammiraglio segretario segretaria leader portavoce "
    "giudice magistrato procuratore pm commissario cancelliere ambasciatore governatore "
    "assessore consigliere vicepresidente viceministro sottosegretario allenatore tecnico "
    "ct attaccante centrocampista difensore portiere cantante attore attrice regista "
    "scrittore scrittrice poeta pittore maestro maestra zio zia nonno nonna fratello sorella "
    "cugino cugina compagno compagna mr mr. mrs mrs. ms ms. dr dr. president minister "
    "senator rep. gov. governor king queen prince princess pope sir lord lady judge "
    "general capt. captain professor rev. reverend chancellor secretary ambassador mayor "
    "coach chairman ceo spokesman spokeswoman";

constexpr std::string_view kOrgHeads =
    "università ministero banca partito corte tribunale consiglio comitato commissione "
    "associazione federazione fondazione istituto agenzia unione organizzazione società "
    "compagnia gruppo camera senato parlamento governo comune regione provincia accademia "
    "scuola liceo club lega movimento fronte sindacato confederazione autorità ente servizio "
    "polizia carabinieri esercito marina aeronautica guardia procura prefettura questura "
    "assemblea congresso consorzio cooperativa ordine centro dipartimento direzione ufficio "
    "azienda industria industrie cassa credito assicurazioni edizioni editore casa rete "
    "radio televisione tv giornale squadra nazionale sporting calcio "
    "university ministry bank party court council committee commission association "
    "federation foundation institute agency union organization organisation company "
    "corporation group department parliament senate congress government club league society "
    "academy school college army navy police board bureau office network news times press "
    "airlines records";

constexpr std::string_view kOrgSuffixes =
    "s.p.a. spa s.p.a s.r.l. srl s.r.l s.n.c. snc s.a.s. sas s.a. sa inc. inc ltd ltd. llc "
    "corp. corp co. plc gmbh ag n.v. nv b.v. onlus";

constexpr std::string_view kPlaceHeads =
    "via viale piazza piazzale corso largo vicolo strada lungomare fiume lago laghi monte monti "
    "mar mare golfo isola isole valle val capo porto stretto canale penisola oceano deserto "
    "città repubblica regno provincia contea stato stati san santa santo sant' "
    "street st. avenue ave. road square river lake mount mt. sea gulf island islands bay "
    "valley cape port strait ocean desert republic kingdom county state states";

constexpr std::string_view kConnectors =
    "di del della dello dei degli delle d' dell' de da dal dalla e ed la le lo il i gli "
    "of the and for von van der den du des y el al bin";

constexpr std::string_view kPlacePrefixes =
    "in a da verso per nel nella nello nei negli nelle al alla allo ai agli alle dal dalla "
    "dallo dai dagli dalle presso tra fra sul sulla at to from into near";

// One kind of trigger word and its words.
struct KindList {
  TriggerKind kind;
  std::string_view words;
};

constexpr std::array<KindList, kTriggerKindCount> kLists = {{
    {kPersonTitle, kPersonTitles},
    {kOrgHead, kOrgHeads},
    {kOrgSuffix, kOrgSuffixes},
    {kPlaceHead, kPlaceHeads},
    {kConnector, kConnectors},
    {kPlacePrefix, kPlacePrefixes},
}};

// Word (by hash_string of its normalized form) → kinds, built once: every token of a corpus is
// looked up, and a flat table of hashes answers without hashing the word again.
HashKeyMap<std::uint8_t> build_table() {
  HashKeyMap<std::uint8_t> table;
  for (const KindList& list : kLists) {
    std::size_t at = 0;
    while (at < list.words.size()) {
      std::size_t end = list.words.find(' ', at);
      if (end == std::string_view::npos) end = list.words.size();
      if (end > at) table[hash_string(list.words.substr(at, end - at))] |= list.kind;
      at = end + 1;
    }
  }
  return table;
}

}  // namespace

std::uint8_t trigger_kinds_of(std::uint64_t normalized_hash) {
  static const HashKeyMap<std::uint8_t> table = build_table();
  const std::uint8_t* kinds = table.find(normalized_hash);
  return kinds == nullptr ? 0 : *kinds;
}

std::uint8_t trigger_kinds(std::string_view normalized_word) {
  return trigger_kinds_of(hash_string(normalized_word));
}

std::string_view trigger_word_lists() {
  static const std::string all = [] {
    std::string text;
    for (const KindList& list : kLists) {
      text += std::to_string(list.kind) + ":" + std::string(list.words) + "\n";
    }
    return text;
  }();
  return all;
}

}  // namespace strata::entities
