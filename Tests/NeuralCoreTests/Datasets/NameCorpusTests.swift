import NeuralCore
import Testing

@Suite struct NameCorpusTests {
  @Test func makesDistinctLowerCaseNames() {
    let corpus = NameCorpus.dinosaurLike()
    #expect(corpus.names.count == 400)
    #expect(Set(corpus.names).count == 400)
    #expect(corpus.names.allSatisfy { name in !name.isEmpty && name.allSatisfy { $0 >= "a" && $0 <= "z" } })
    #expect(corpus.text.split(separator: "\n").count == 400)
    #expect(corpus.text.last == "\n")
  }

  @Test func isAFunctionOfTheSeed() {
    #expect(NameCorpus.dinosaurLike(count: 50, seed: 3) == NameCorpus.dinosaurLike(count: 50, seed: 3))
    #expect(NameCorpus.dinosaurLike(count: 50, seed: 3) != NameCorpus.dinosaurLike(count: 50, seed: 4))
    #expect(NameCorpus.dinosaurLike(count: 5).names == NameCorpus.dinosaurLike(count: 9).names.prefix(5).map { $0 })
  }

  @Test func firstNamesOfTheDefaultCorpus() {
    #expect(NameCorpus.dinosaurLike(count: 4).names == ["khaanodromeus", "rhabdavis", "segnonychus", "bactrospondylus"])
  }

  @Test func vocabularyIsNewlinePlusTheAlphabet() {
    let vocabulary = NameCorpus.dinosaurLike().vocabulary
    #expect(vocabulary.count == 27)
    #expect(vocabulary.index(of: "\n") == 0)
    #expect(vocabulary.character(at: 26) == "z")
  }

  @Test func everyPairMakesADistinctName() {
    let all = NameCorpus.dinosaurLike(count: 2400).names
    #expect(Set(all).count == 2400)
    #expect(all.contains("tyrannavis"))
    #expect(all.contains("stegosaurus"))
  }

  @Test func descriptionShowsTheFirstNames() {
    #expect(NameCorpus(names: ["a", "b"]).description == "NameCorpus(2 names: a, b, ...)")
    #expect(NameCorpus(names: []).description == "NameCorpus(0 names)")
  }
}
