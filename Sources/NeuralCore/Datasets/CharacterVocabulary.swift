/// The characters of a text, sorted, with a numeric index for each (the course's `char_to_ix`, `ix_to_char`).
///
/// As in the course, `"\n"` marks the end of a name; it sorts before the letters, so it gets index 0
/// in a corpus of lower-case names.
public struct CharacterVocabulary: Sendable, Equatable {
  /// The character that ends a name.
  public static let endOfName: Character = "\n"

  /// The distinct characters, sorted (`ix_to_char`).
  public let characters: [Character]
  private let indices: [Character: Int]

  /// The sorted distinct characters of `text`, as `sorted(set(text))`.
  public init(text: String) {
    characters = Set(text).sorted()
    indices = Dictionary(uniqueKeysWithValues: characters.enumerated().map { ($1, $0) })
  }

  /// The number of characters (`vocab_size`).
  public var count: Int { characters.count }

  /// The index of a character (`char_to_ix[c]`), or nil when it is not in the vocabulary.
  public func index(of character: Character) -> Int? { indices[character] }

  /// The character at an index (`ix_to_char[i]`).
  ///
  /// - Precondition: `0 <= index < count`.
  public func character(at index: Int) -> Character {
    precondition(characters.indices.contains(index), "index \(index) out of range 0..<\(count)")
    return characters[index]
  }

  /// The indices of a text's characters, or nil when one of them is not in the vocabulary.
  public func encode(_ text: String) -> [Int]? {
    var result: [Int] = []
    for character in text {
      guard let index = indices[character] else { return nil }
      result.append(index)
    }
    return result
  }

  /// The text spelled by a list of indices.
  ///
  /// - Precondition: every index is in `0..<count`.
  public func decode(_ indices: [Int]) -> String {
    String(indices.map { character(at: $0) })
  }
}

// MARK: - Conformance

extension CharacterVocabulary: CustomStringConvertible {
  /// The size and the characters, with the newline shown as `\n`.
  public var description: String {
    let shown = characters.map { $0 == "\n" ? "\\n" : String($0) }.joined()
    return "CharacterVocabulary(\(count) characters: \(shown))"
  }
}
