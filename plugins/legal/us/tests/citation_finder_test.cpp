#include "citation_finder.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "test_support.hpp"

namespace strata::legal::us {
namespace {

using testing::feature;

const CitationFinder& finder() {
  static const CitationFinder instance;
  return instance;
}

TEST(CitationFinder, FullCaseCiteWithNamePinCourtAndYear) {
  const std::string text = "See bob Lissner v. Test 1 U.S. 12, 347-348 (4th Cir. 1982) here.";
  const auto found = finder().find(text);
  ASSERT_EQ(found.size(), 1u);
  const auto& cite = found[0];
  EXPECT_EQ(cite.type, "case");
  EXPECT_EQ(cite.features.front().first, "id");
  EXPECT_EQ(feature(cite, "id"), "1 U.S. 12");
  EXPECT_EQ(feature(cite, "volume"), "1");
  EXPECT_EQ(feature(cite, "reporter"), "U.S.");
  EXPECT_EQ(feature(cite, "page"), "12");
  EXPECT_EQ(feature(cite, "pin"), "347-348");
  EXPECT_EQ(feature(cite, "court"), "ca4");
  EXPECT_EQ(feature(cite, "year"), "1982");
  EXPECT_EQ(feature(cite, "plaintiff"), "Lissner");
  EXPECT_EQ(feature(cite, "defendant"), "Test");
  EXPECT_EQ(text.substr(cite.begin, cite.end - cite.begin),
            "Lissner v. Test 1 U.S. 12, 347-348 (4th Cir. 1982)");
}

TEST(CitationFinder, VariantSpellingsNormalizeToTheEdition) {
  const auto found = finder().find("asdf 22 A. 2d 332 and 123 N. Y. S. 2d 456 and 3 Atl. 33");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(feature(found[0], "id"), "22 A.2d 332");
  EXPECT_EQ(feature(found[1], "id"), "123 N.Y.S.2d 456");
  EXPECT_EQ(feature(found[2], "id"), "3 A. 33");
}

TEST(CitationFinder, ParallelCitesShareNameAndParenthetical) {
  const auto found =
      finder().find("Bob Lissner v. Test 1 U.S. 12, 347-348, 1 S. Ct. 2, 358 (4th Cir. 1982)");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(feature(found[1], "id"), "1 S. Ct. 2");
  EXPECT_EQ(feature(found[1], "pin"), "358");
  EXPECT_EQ(feature(found[1], "year"), "1982");
  EXPECT_EQ(feature(found[1], "plaintiff"), "Bob Lissner");
  EXPECT_EQ(feature(found[0], "court"), "ca4");
  EXPECT_LE(found[0].end, found[1].begin);  // spans never overlap
}

TEST(CitationFinder, StatutesFromLaws) {
  const auto found = finder().find(
      "under 42 U.S.C. § 1983 and Mass. Gen. Laws ch. 1, § 2 and 48 C.F.R. § 38.48, "
      "Kan. Stat. Ann. § 21-3516(a)(2) (2005)");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].type, "statute");
  EXPECT_EQ(feature(found[0], "id"), "42 U.S.C. § 1983");
  EXPECT_EQ(feature(found[0], "title"), "42");
  EXPECT_EQ(feature(found[0], "section"), "1983");
  EXPECT_EQ(feature(found[1], "id"), "Mass. Gen. Laws ch. 1, § 2");
  EXPECT_EQ(feature(found[1], "chapter"), "1");
  EXPECT_EQ(feature(found[2], "id"), "48 C.F.R. § 38.48");
  EXPECT_EQ(feature(found[3], "section"), "21-3516");
  EXPECT_EQ(feature(found[3], "pin"), "(a)(2)");
  EXPECT_EQ(feature(found[3], "year"), "2005");
  const auto lettered = finder().find("Mass. Gen. Laws ch. 93A, § 9");
  ASSERT_EQ(lettered.size(), 1u);
  EXPECT_EQ(feature(lettered[0], "chapter"), "93A");
}

// The Code numbers sections added between others with letters; the pin stays apart.
TEST(CitationFinder, SectionsWithLetters) {
  const auto found = finder().find(
      "Title VII, 42 U.S.C. § 2000e-2(a)(1), and 42 U.S.C. § 1395x(v) and 15 U.S.C. § 78j(b)");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(feature(found[0], "id"), "42 U.S.C. § 2000e-2");
  EXPECT_EQ(feature(found[0], "pin"), "(a)(1)");
  EXPECT_EQ(feature(found[1], "id"), "42 U.S.C. § 1395x");
  EXPECT_EQ(feature(found[2], "id"), "15 U.S.C. § 78j");
  EXPECT_EQ(feature(found[2], "pin"), "(b)");
}

// Not in reporters-db: resources/laws-strata.json.
TEST(CitationFinder, FederalRules) {
  const auto found = finder().find("See Fed. R. Civ. P. 12(b)(6); Fed.R.Evid. 403 and FRAP 4(a).");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].type, "statute");
  EXPECT_EQ(feature(found[0], "id"), "Fed. R. Civ. P. 12");
  EXPECT_EQ(feature(found[0], "pin"), "(b)(6)");
  EXPECT_EQ(feature(found[1], "id"), "Fed. R. Evid. 403");
  EXPECT_EQ(feature(found[2], "id"), "Fed. R. App. P. 4");
}

// A number closing the sentence before is no part of the plaintiff's name.
TEST(CitationFinder, ACaseNameStartsAfterTheSentenceBefore) {
  const auto found = finder().find(
      "The statute was amended in 2019. Nat'l Ass'n of Mfrs. v. Dep't of Def., 583 U.S. 109 "
      "(2018).");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(feature(found[0], "plaintiff"), "Nat'l Ass'n of Mfrs.");
}

// reporters-db's optional section read the Statutes at Large volume after it as one.
TEST(CitationFinder, PublicLawsAndTheirStatutesAtLarge) {
  const auto found = finder().find(
      "Pub. L. No. 93-259, 88 Stat. 55, and Pub. L. No. 111-148, "
      "§ 1101, 124 Stat. 119");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(feature(found[0], "id"), "Pub. L. No. 93-259");
  EXPECT_EQ(feature(found[0], "section"), "");
  EXPECT_EQ(feature(found[1], "id"), "88 Stat. 55");
  EXPECT_EQ(feature(found[2], "section"), "1101");
  EXPECT_EQ(feature(found[3], "id"), "124 Stat. 119");
}

TEST(CitationFinder, CodesNamedBySubject) {
  const auto found = finder().find(
      "Cal. Civ. Code § 1714(a) and N.Y. Gen. Bus. Law § 349 and Tex. Penal Code Ann. § 22.01");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(feature(found[0], "id"), "Cal. Civ. Code § 1714");
  EXPECT_EQ(feature(found[0], "reporter"), "Cal. Civ. Code");
  EXPECT_EQ(feature(found[0], "pin"), "(a)");
  EXPECT_EQ(feature(found[1], "id"), "N.Y. Gen. Bus. Law § 349");
  EXPECT_EQ(feature(found[2], "section"), "22.01");
}

TEST(CitationFinder, ShortFormIdAndSupraResolveToTheirAntecedent) {
  const auto found = finder().find(
      "Foo v. Bar, 347 U.S. 483 (1954). Later 347 U.S., at 490. Id. at 491. "
      "Then 42 U.S.C. § 1983. Id. And Bar, supra, at 495.");
  ASSERT_EQ(found.size(), 6u);
  EXPECT_EQ(feature(found[1], "form"), "short");
  EXPECT_EQ(feature(found[1], "pin"), "490");
  EXPECT_EQ(feature(found[1], "antecedent"), "347 U.S. 483");
  EXPECT_EQ(feature(found[2], "form"), "id");
  EXPECT_EQ(feature(found[2], "pin"), "at 491");
  EXPECT_EQ(feature(found[2], "antecedent"), "347 U.S. 483");
  EXPECT_EQ(found[4].type, "statute");
  EXPECT_EQ(feature(found[4], "antecedent"), "42 U.S.C. § 1983");
  EXPECT_EQ(feature(found[5], "form"), "supra");
  EXPECT_EQ(feature(found[5], "antecedent"), "347 U.S. 483");
}

TEST(CitationFinder, SupraPrefersTheCaseItsFirstPartyNames) {
  const auto found = finder().find(
      "Roe v. Wade, 410 U.S. 113 (1973). Doe v. Roe, 2015 WL 123456. Roe, supra, at 150.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(feature(found[2], "antecedent"), "410 U.S. 113");
  EXPECT_EQ(feature(found[2], "pin"), "at 150");
}

TEST(CitationFinder, InReNamesOnlyTheDefendant) {
  const auto found = finder().find("(See In re K.F. (2009) 1 U.S. 1, 4 [92 Cal.Rptr.3d 784];");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(feature(found[0], "defendant"), "K.F.");
  EXPECT_EQ(feature(found[0], "plaintiff"), "");
  EXPECT_EQ(feature(found[0], "year"), "2009");
  EXPECT_EQ(feature(found[1], "id"), "92 Cal. Rptr. 3d 784");
}

TEST(CitationFinder, NotACite) {
  EXPECT_TRUE(finder().find("lorem 111 S.W. 12th St.").empty());
  EXPECT_TRUE(finder().find("").empty());
  // Business news: years and hours joined to a word.
  EXPECT_TRUE(finder().find("In 2023 U.S. 30-year mortgage rates rose.").empty());
  EXPECT_TRUE(finder().find("the 2022 U.S. 10-year Treasury yield").empty());
  EXPECT_TRUE(finder().find("It operates 120 U.S. 24-hour stores.").empty());
  // A page range is still a cite.
  EXPECT_EQ(finder().find("See 347 U.S. 483-84 (1954).").size(), 1u);
}

TEST(CitationFinder, OffsetsAreBytesOfUtf8Text) {
  const std::string text = "Città “Foo v. Bar,” 1 U.S. 1 — ok";
  const auto found = finder().find(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "1 U.S. 1");
}

TEST(CitationFinder, PathologicalInputStaysFast) {
  // Many reporter strings and digits with no cite: each occurrence costs a bounded window.
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "1 U.S. U.S. 2d ";
  const auto found = finder().find(text);
  EXPECT_LT(found.size(), text.size());
}

TEST(CitationFinder, ThreadsShareOneFinder) {
  // Templates compile on first use: threads racing to the same reporters must agree.
  const CitationFinder fresh;
  const std::string text = "Foo v. Bar, 1 F. Supp. 2d 1 (D. Kan. 2000); 42 U.S.C. § 1983. Id.";
  std::vector<std::size_t> counts(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < counts.size(); ++t)
    threads.emplace_back([&, t] { counts[t] = fresh.find(text).size(); });
  for (auto& thread : threads) thread.join();
  for (const std::size_t count : counts) EXPECT_EQ(count, 3u);
}

TEST(CitationFinder, EveryTemplateCompiles) {
  const CitationFinder fresh;
  EXPECT_GT(fresh.template_count(), 3000u);
  EXPECT_LT(fresh.compile_all(), 10u);
}

}  // namespace
}  // namespace strata::legal::us
