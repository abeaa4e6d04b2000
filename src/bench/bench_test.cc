// SPDX-License-Identifier: Apache-2.0
#include "bench/latency_stats.h"

#include <gtest/gtest.h>

#include "bench/engine_peer.h"
#include "bench/markdown_table.h"
#include "bench/report.h"

namespace motcua::bench {
namespace {

TEST(PercentileTest, NearestRank) {
  const std::vector<std::uint32_t> v{10, 20, 30, 40};
  EXPECT_EQ(Percentile(v, 50), 20u);
  EXPECT_EQ(Percentile(v, 75), 30u);
  EXPECT_EQ(Percentile(v, 99), 40u);
  EXPECT_EQ(Percentile(v, 100), 40u);
  EXPECT_EQ(Percentile(v, 0), 10u);
  EXPECT_EQ(Percentile({}, 50), 0u);
}

TEST(PercentileTest, HundredSamples) {
  std::vector<std::uint32_t> v;
  for (std::uint32_t i = 1; i <= 100; ++i) v.push_back(i);
  EXPECT_EQ(Percentile(v, 50), 50u);
  EXPECT_EQ(Percentile(v, 99), 99u);
}

TEST(SummarizeTest, RateAndPercentilesInMilliseconds) {
  LoadResult r;
  r.latencies_us = {3000, 1000, 2000, 4000};
  r.errors = 1;
  r.seconds = 2;
  const Summary s = Summarize(r);
  EXPECT_EQ(s.ok, 4);
  EXPECT_EQ(s.errors, 1);
  EXPECT_DOUBLE_EQ(s.per_second, 2.0);
  EXPECT_DOUBLE_EQ(s.p50_ms, 2.0);
  EXPECT_DOUBLE_EQ(s.p99_ms, 4.0);
  EXPECT_DOUBLE_EQ(Summarize(LoadResult{}).per_second, 0.0);
}

TEST(SummarizeTest, MergeJoinsParts) {
  LoadResult a{{1, 2}, 1, 0};
  LoadResult b{{3}, 2, 0};
  const LoadResult m = Merge({a, b}, 5);
  EXPECT_EQ(m.latencies_us.size(), 3u);
  EXPECT_EQ(m.errors, 3);
  EXPECT_DOUBLE_EQ(m.seconds, 5.0);
}

TEST(MarkdownTableTest, AlignsPadsAndEscapes) {
  MarkdownTable t({"C", "req/s", "p50"});
  t.AddRow({"1", "10", "0.5"});
  t.AddRow({"a|b"});
  EXPECT_EQ(t.ToString(),
            "| C | req/s | p50 |\n"
            "|---|---:|---:|\n"
            "| 1 | 10 | 0.5 |\n"
            "| a\\|b |  |  |\n");
}

TEST(FormatTest, NumbersAndRatios) {
  EXPECT_EQ(FormatNumber(1234.5, 1), "1234.5");
  EXPECT_EQ(FormatNumber(12345.0), "12\u2009345");
  EXPECT_EQ(FormatNumber(1234567.0), "1\u2009234\u2009567");
  EXPECT_EQ(FormatNumber(-1), "–");
  EXPECT_EQ(FormatRatio(1, 2), "0.50×");
  EXPECT_EQ(FormatRatio(0, 2), "–");
}

TEST(EnginePeerTest, ReadsTheLastResultLineAndRefusesOutputWithout) {
  auto run = ParseEngineLine(
      "npm warn something\n"
      "{\"engine\":\"bpmn-engine\",\"instances\":500,\"instances_per_second\":48.2}\n");
  ASSERT_TRUE(run.has_value());
  EXPECT_EQ(run->engine, "bpmn-engine");
  EXPECT_EQ(run->instances, 500);
  EXPECT_DOUBLE_EQ(run->per_second, 48.2);
  EXPECT_FALSE(ParseEngineLine("Error: Cannot find module 'bpmn-engine'\n").has_value());
  EXPECT_FALSE(ParseEngineLine("{\"instances\":\"many\",\"instances_per_second\":1}").has_value());
}

TEST(EnginePeerTest, TheReportStatesTheRatioAgainstTheTwentyTimesTarget) {
  BenchReport r;
  r.engines.runs = {{"bpmn-engine", "none (memory)", 1, 500, 50},
                    {"bpmn-engine", "none (memory)", 50, 500, 40},
                    {"motcua", "SQLite", 64, 4000, 1100}};
  std::string text = RenderReport(r);
  EXPECT_NE(text.find("## Process engine against bpmn-engine"), std::string::npos);
  EXPECT_NE(text.find("22.00×: **met**"), std::string::npos) << text;
  r.engines.runs.back().per_second = 900;
  text = RenderReport(r);
  EXPECT_NE(text.find("18.00×: **missed**"), std::string::npos) << text;
  r.engines = {{}, "bpmn-engine: `npm ci` failed"};
  EXPECT_NE(RenderReport(r).find("not measured: bpmn-engine"), std::string::npos);
}

}  // namespace
}  // namespace motcua::bench
