// End to end: `akhbar build` on the samples, and the files it writes read by
// the tools they are meant for (ajv for the schema, networkx for the graph).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "tests/test_support.h"

namespace akhbar {
namespace {

namespace fs = std::filesystem;

const char* const kOutputs[] = {"graph.json",    "graph.cyjs",  "graph.gexf",
                                "graph.graphml", "events.json", "extractions.jsonl"};

std::string SamplesArgs(const fs::path& out) {
  const std::string source = testing::SourceDir().string();
  return "build --rules '" + source + "/rules' --manifest '" + source +
         "/samples/manifest.json' '" + source + "/samples' --out '" + out.string() + "'";
}

struct ShellResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

ShellResult RunShell(const std::string& command) {
  const fs::path log = testing::MakeTempDir("shell") / "log";
  const int status = std::system((command + " >'" + log.string() + "' 2>&1").c_str());
  return ShellResult{WIFEXITED(status) ? WEXITSTATUS(status) : -1, testing::ReadFileOrDie(log)};
}

// Built once: the tests below only read it.
const fs::path& SamplesOutput() {
  static const fs::path out = [] {
    const fs::path dir = testing::MakeTempDir("build") / "out";
    const testing::CommandResult result = testing::RunAkhbar(SamplesArgs(dir));
    EXPECT_EQ(result.exit_code, 0) << result.errors;
    return dir;
  }();
  return out;
}

TEST(CliBuildTest, WritesEveryFormatAndASummary) {
  const fs::path out = testing::MakeTempDir("build") / "out";
  const testing::CommandResult result = testing::RunAkhbar(SamplesArgs(out));
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  for (const char* name : kOutputs) {
    EXPECT_GT(fs::file_size(out / name), 0u) << name;
    EXPECT_NE(result.errors.find("wrote " + (out / name).string()), std::string::npos);
  }
  EXPECT_NE(result.errors.find("5 documents"), std::string::npos) << result.errors;
  EXPECT_NE(result.errors.find("folded duplicate sentences"), std::string::npos);
  EXPECT_NE(result.errors.find("co-mention edges"), std::string::npos);
}

TEST(CliBuildTest, OutputIsTheSameBytesEveryRun) {
  const fs::path again = testing::MakeTempDir("build") / "again";
  ASSERT_EQ(testing::RunAkhbar(SamplesArgs(again) + " -q").exit_code, 0);
  for (const char* name : kOutputs) {
    EXPECT_EQ(testing::ReadFileOrDie(again / name), testing::ReadFileOrDie(SamplesOutput() / name))
        << name;
  }
}

TEST(CliBuildTest, NeverWritesIntoADirectoryOfSomeoneElsesFiles) {
  const fs::path out = testing::MakeTempDir("build-foreign");
  std::ofstream(out / "notes.txt") << "mine";
  const testing::CommandResult refused = testing::RunAkhbar(SamplesArgs(out) + " -q");
  EXPECT_EQ(refused.exit_code, 3);
  EXPECT_NE(refused.errors.find("notes.txt"), std::string::npos) << refused.errors;
  EXPECT_NE(refused.errors.find("--force"), std::string::npos);
  EXPECT_FALSE(fs::exists(out / "graph.json"));

  ASSERT_EQ(testing::RunAkhbar(SamplesArgs(out) + " -q --force").exit_code, 0);
  EXPECT_EQ(testing::ReadFileOrDie(out / "notes.txt"), "mine");
  EXPECT_TRUE(fs::exists(out / "graph.json"));
}

TEST(CliBuildTest, RebuildsOverItsOwnFilesWithoutForce) {
  const fs::path out = testing::MakeTempDir("build") / "out";
  ASSERT_EQ(testing::RunAkhbar(SamplesArgs(out) + " -q").exit_code, 0);
  EXPECT_EQ(testing::RunAkhbar(SamplesArgs(out) + " -q").exit_code, 0);
}

TEST(CliBuildTest, BadOptionsAreUsageErrors) {
  const fs::path out = testing::MakeTempDir("build") / "out";
  EXPECT_EQ(testing::RunAkhbar(SamplesArgs(out) + " --types person,planet").exit_code, 2);
  EXPECT_EQ(testing::RunAkhbar(SamplesArgs(out) + " --window page").exit_code, 2);
  EXPECT_EQ(testing::RunAkhbar("build '" + testing::SamplesDir().string() + "'").exit_code, 2);
  EXPECT_FALSE(fs::exists(out));
}

TEST(CliBuildTest, AnEventRuleErrorNamesFileLineAndColumn) {
  const fs::path rules = testing::MakeTempDir("rules") / "rules";
  fs::copy(testing::RulesDir(), rules, fs::copy_options::recursive);
  std::ofstream(rules / "events.yaml") << "types:\n  - id: protest\n    triggers: [… احتجاج]\n";
  const testing::CommandResult result = testing::RunAkhbar(
      "build --rules '" + rules.string() + "' --out '" + (rules.parent_path() / "out").string() +
      "' '" + testing::SamplesDir().string() + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.errors.find("events.yaml:3:16: a gap"), std::string::npos) << result.errors;
}

TEST(CliBuildTest, GraphJsonMatchesItsSchema) {
  if (RunShell("command -v node").exit_code != 0 || !fs::exists("/usr/share/nodejs/ajv")) {
    GTEST_SKIP() << "node or Debian's node-ajv is not installed";
  }
  const fs::path dir = testing::MakeTempDir("schema");
  std::ofstream(dir / "validate.js") << R"(
const Ajv = require('ajv');
const fs = require('fs');
const validate = new Ajv({allErrors: true}).compile(JSON.parse(fs.readFileSync(process.argv[2])));
if (!validate(JSON.parse(fs.readFileSync(process.argv[3])))) {
  console.log(JSON.stringify(validate.errors.slice(0, 10), null, 1));
  process.exit(1);
}
)";
  const std::string validate = "NODE_PATH=/usr/share/nodejs node '" +
                               (dir / "validate.js").string() + "' '" +
                               (testing::SourceDir() / "docs/graph.schema.json").string() + "' ";
  const ShellResult valid = RunShell(validate + "'" + (SamplesOutput() / "graph.json").string() + "'");
  EXPECT_EQ(valid.exit_code, 0) << valid.output;

  // The schema has teeth: a node without an id does not pass.
  std::string broken = testing::ReadFileOrDie(SamplesOutput() / "graph.json");
  broken.replace(broken.find("\"id\": \"ablyazov\""), 16, "\"name\": \"ablyazov\"");
  std::ofstream(dir / "broken.json") << broken;
  EXPECT_EQ(RunShell(validate + "'" + (dir / "broken.json").string() + "'").exit_code, 1);
}

TEST(CliBuildTest, NetworkxReadsEveryFormat) {
  if (RunShell("/usr/bin/python3 -c 'import networkx'").exit_code != 0) {
    GTEST_SKIP() << "/usr/bin/python3 has no networkx (Debian's python3-networkx)";
  }
  const fs::path dir = testing::MakeTempDir("networkx");
  std::ofstream(dir / "round_trip.py") << R"(
import json, sys
import networkx as nx
from networkx.readwrite.gexf import GEXF

out = sys.argv[1]
with open(out + "/graph.json", encoding="utf-8") as f:
    data = json.load(f)
node_link = nx.node_link_graph(data)
# networkx before 3.0 knows GEXF up to 1.2draft; teach it 1.3's namespace.
GEXF.versions.setdefault("1.3", {
    "NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"})
gexf = nx.read_gexf(out + "/graph.gexf", version="1.3")
graphml = nx.read_graphml(out + "/graph.graphml")
counts = {(g.number_of_nodes(), g.number_of_edges()) for g in (node_link, gexf, graphml)}
assert len(counts) == 1, counts
assert counts.pop() == (len(data["nodes"]), len(data["links"]))
assert gexf.nodes["tokayev"]["start"] <= gexf.nodes["tokayev"]["end"]

# Betweenness as networkx computes it on the co-mention graph.
entities = [n for n, a in node_link.nodes(data=True) if a["kind"] == "entity"]
co_mentions = nx.Graph()
co_mentions.add_nodes_from(entities)
co_mentions.add_edges_from((u, v) for u, v, a in node_link.edges(data=True)
                           if a["kind"] == "co_mention")
expected = nx.betweenness_centrality(co_mentions)
for n in entities:
    assert abs(node_link.nodes[n]["betweenness"] - expected[n]) < 1e-9, n
print("ok")
)";
  const ShellResult result = RunShell("/usr/bin/python3 '" + (dir / "round_trip.py").string() +
                                      "' '" + SamplesOutput().string() + "'");
  EXPECT_EQ(result.exit_code, 0) << result.output;
}

TEST(CliBuildTest, TheSamplesOutletsReportEventsAndTakeNoPartInThem) {
  // The samples cite AFP, The Guardian, The New York Times and Sputnik
  // (في مقابلة مع وكالة الصحافة الفرنسية، صحيفة "الغارديان" اعتبرت): they are
  // media nodes, linked to whom they are named with, and no event's actor.
  const nlohmann::json graph =
      nlohmann::json::parse(testing::ReadFileOrDie(SamplesOutput() / "graph.json"));
  std::map<std::string, std::string> types;
  for (const nlohmann::json& node : graph["nodes"]) {
    if (node.contains("type")) types[node["id"]] = node["type"];
  }
  for (const char* outlet : {"afp", "the_guardian", "new_york_times", "sputnik_kazakhstan"}) {
    EXPECT_EQ(types[outlet], "media") << outlet;
  }
  const nlohmann::json events =
      nlohmann::json::parse(testing::ReadFileOrDie(SamplesOutput() / "events.json"));
  size_t participants = 0;
  for (const nlohmann::json& event : events["events"]) {
    for (const nlohmann::json& participant : event["participants"]) {
      ++participants;
      EXPECT_NE(types[participant["entity"]], "media") << event["id"] << " " << participant;
    }
  }
  EXPECT_GT(participants, 100u);
}

// The roles each entity takes in the samples' events, by event type.
std::map<std::pair<std::string, std::string>, std::set<std::string>> SampleRoles() {
  const nlohmann::json events =
      nlohmann::json::parse(testing::ReadFileOrDie(SamplesOutput() / "events.json"));
  std::map<std::pair<std::string, std::string>, std::set<std::string>> roles;
  for (const nlohmann::json& event : events["events"]) {
    for (const nlohmann::json& participant : event["participants"]) {
      roles[{event["type"], participant["entity"]}].insert(participant["role"]);
    }
  }
  return roles;
}

TEST(CliBuildTest, TheSamplesSpeakersSpeakOfEventsAndAreNotTheirActors) {
  // قال أبليازوف إن … نزارباييف وعائلته الضيقة فروا: Ablyazov speaks of the
  // flight, Nazarbayev flees; the spokespeople Hoffmann, Wang Wenbin and
  // Ukibay speak for their governments.
  auto roles = SampleRoles();
  using Roles = std::set<std::string>;
  EXPECT_EQ((roles[{"flight", "ablyazov"}]), Roles{"speaker"});
  EXPECT_EQ((roles[{"flight", "nazarbayev"}]), Roles{"actor"});
  EXPECT_EQ((roles[{"appeal", "christiane_hoffmann"}]), Roles{"speaker"});
  EXPECT_EQ((roles[{"appeal", "berlin"}]), Roles{"actor"});
  EXPECT_EQ((roles[{"appeal", "aidos_ukibay"}]), Roles{"speaker"});
  EXPECT_EQ((roles[{"protest", "wang_wenbin"}]), Roles{"speaker"});
  // وقال قاسم جومرت توكاييف … ملخصا محادثته مع رئيس المجلس الأوروبي شارل
  // ميشال: "ليس لدي شك في أنه هجوم إرهابي … ضد كازاخستان": Tokayev speaks
  // of the attack, on Kazakhstan; Michel is whom he spoke with. And in
  // واوضح توكاييف أن …، مشيرا خصوصا إلى هجمات he speaks of those attacks.
  EXPECT_EQ((roles[{"attack", "tokayev"}]), Roles{"speaker"});
  EXPECT_EQ((roles[{"attack", "kazakhstan"}]), Roles{"target"});
  EXPECT_EQ((roles[{"attack", "charles_michel"}]), Roles{"participant"});
  EXPECT_EQ((roles[{"attack", "european_council"}]), Roles{"participant"});
}

TEST(CliBuildTest, TheSamplesVerbsHaveTheirSubjectsAfterThemForActors) {
  // ودعت رئيسة المفوضية أورسولا فون دير لايين والرئيس الفرنسي إيمانويل ماكرون
  // إلى وقف العنف; دعا مختار أبلياسوف … الغرب إلى التنحي; وسلم نزارباييف
  // الرئاسة إلى توكاييف; واحتج سكان مدينتي جاناوزين وأكتاو.
  auto roles = SampleRoles();
  using Roles = std::set<std::string>;
  EXPECT_EQ((roles[{"appeal", "von_der_leyen"}]), Roles{"actor"});
  // Macron also takes part, far from it, in "the calls" he agreed with.
  EXPECT_EQ((roles[{"appeal", "macron"}]), (Roles{"actor", "participant"}));
  EXPECT_EQ((roles[{"appeal", "ablyazov"}]), Roles{"actor"});
  EXPECT_EQ((roles[{"handover", "nazarbayev"}]), Roles{"actor"});
  EXPECT_EQ((roles[{"handover", "tokayev"}]), Roles{"target"});
  EXPECT_EQ((roles[{"protest", "zhanaozen"}]), Roles{"actor"});
}

TEST(CliBuildTest, FiltersShrinkTheGraph) {
  const fs::path out = testing::MakeTempDir("build") / "out";
  ASSERT_EQ(testing::RunAkhbar(SamplesArgs(out) + " -q --top 10 --types person,country,event "
                                                  "--min-weight 2 --window paragraph")
                .exit_code,
            0);
  const std::string json = testing::ReadFileOrDie(out / "graph.json");
  EXPECT_EQ(json.find("\"type\": \"place\""), std::string::npos);
  EXPECT_NE(json.find("\"kind\": \"event\""), std::string::npos);
  EXPECT_LT(json.size(), testing::ReadFileOrDie(SamplesOutput() / "graph.json").size());
}

}  // namespace
}  // namespace akhbar
