import NeuralCore
import Testing

@Suite struct CharacterVocabularyTests {
  @Test func sortsTheDistinctCharacters() {
    let vocabulary = CharacterVocabulary(text: "ba\ncab\n")
    #expect(vocabulary.characters == ["\n", "a", "b", "c"])
    #expect(vocabulary.count == 4)
    #expect(vocabulary.index(of: "c") == 3)
    #expect(vocabulary.index(of: "z") == nil)
    #expect(vocabulary.character(at: 1) == "a")
  }

  @Test func encodesAndDecodes() {
    let vocabulary = CharacterVocabulary(text: "ba\ncab\n")
    #expect(vocabulary.encode("cab\n") == [3, 1, 2, 0])
    #expect(vocabulary.decode([3, 1, 2, 0]) == "cab\n")
    #expect(vocabulary.encode("abz") == nil)
    #expect(CharacterVocabulary.endOfName == "\n")
  }

  @Test func descriptionShowsTheNewline() {
    #expect(CharacterVocabulary(text: "ba\n").description == "CharacterVocabulary(3 characters: \\nab)")
  }
}
