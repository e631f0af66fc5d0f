#include "web_address.hpp"

#include <gtest/gtest.h>

#include <string>

namespace strata::tokens {
namespace {

std::string url_in(std::string_view text) {
  return std::string(text.substr(0, url_end(text, 0)));
}

std::string domain_after_at(std::string_view text) {
  const std::size_t at = text.find('@');
  return std::string(text.substr(at, email_domain_end(text, at) - at));
}

TEST(WebAddress, UrlsNeedASchemeOrWww) {
  EXPECT_EQ(url_in("https://example.org/x?q=1#top rest"), "https://example.org/x?q=1#top");
  EXPECT_EQ(url_in("HTTP://EXAMPLE.ORG"), "HTTP://EXAMPLE.ORG");
  EXPECT_EQ(url_in("www.example.org."), "www.example.org");
  EXPECT_EQ(url_in("ftp://files.example.org/a.txt;"), "ftp://files.example.org/a.txt");
  EXPECT_EQ(url_in("http:// nothing"), "");
  EXPECT_EQ(url_in("wwwhat"), "");
  EXPECT_EQ(url_in("hello"), "");
}

TEST(WebAddress, UrlsStopAtQuotesAndUnmatchedBrackets) {
  EXPECT_EQ(url_in("www.a.it/b»"), "www.a.it/b");
  EXPECT_EQ(url_in("www.a.it/b\"c"), "www.a.it/b");
  EXPECT_EQ(url_in("www.a.it/b)."), "www.a.it/b");
  EXPECT_EQ(url_in("www.a.it/b_(c))."), "www.a.it/b_(c)");
  EXPECT_EQ(url_in("www.a.it/città?x=è…"), "www.a.it/città?x=è");
}

TEST(WebAddress, EmailDomains) {
  EXPECT_EQ(domain_after_at("a@example.co.uk."), "@example.co.uk");
  EXPECT_EQ(domain_after_at("a@my-host.example.it"), "@my-host.example.it");
  EXPECT_EQ(domain_after_at("a@localhost"), "");
  EXPECT_EQ(domain_after_at("a@example.c"), "");
  EXPECT_EQ(domain_after_at("a@example.123"), "");
  EXPECT_EQ(domain_after_at("a@ example.com"), "");
}

}  // namespace
}  // namespace strata::tokens
