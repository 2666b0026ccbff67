/// A character-level corpus of names, one per line, for the language-model lessons.
///
/// `dinosaurLike` writes its names itself: each is one of our word roots (Greek- and Latin-sounding
/// stems such as `stego`, `velo`, `quetzal`) joined to one of our endings (`saurus`, `raptor`, `ops`, ...),
/// the pairs drawn by a seeded `RandomState`. Together the roots cover all 26 letters, so the
/// vocabulary is `"\n"` plus `a`–`z`, 27 characters, as in the course's dinosaur-name exercise.
public struct NameCorpus: Sendable, Equatable {
  /// The names, lower-case, without newlines.
  public let names: [String]

  /// Wraps a list of names.
  ///
  /// - Precondition: no name contains a newline.
  public init(names: [String]) {
    precondition(!names.contains { $0.contains("\n") }, "a name in a NameCorpus cannot contain a newline")
    self.names = names
  }

  /// The names one per line, each followed by `"\n"` (what the course reads from its file).
  public var text: String { names.map { $0 + "\n" }.joined() }

  /// The sorted characters of `text`: `"\n"` first, then the letters.
  public var vocabulary: CharacterVocabulary { CharacterVocabulary(text: text) }

  /// `count` distinct dinosaur-like names made by our root-plus-ending rule, in the order drawn.
  ///
  /// Draws `(root, ending)` index pairs with `randint` and keeps each new name; where a root ending
  /// in a vowel meets an ending starting with one, the root's last vowel is dropped (`tyranno` +
  /// `avis` = `tyrannavis`). No two pairs make the same name.
  ///
  /// - Precondition: `0 <= count <= roots × endings` (2,400).
  public static func dinosaurLike(count: Int = 400, seed: UInt32 = 0) -> NameCorpus {
    precondition(count >= 0 && count <= roots.count * endings.count,
                 "dinosaurLike makes 0...\(roots.count * endings.count) names, asked for \(count)")
    var generator = RandomState(seed: seed)
    var seen = Set<String>()
    var names: [String] = []
    while names.count < count {
      let root = roots[generator.index(below: roots.count)]
      let ending = endings[generator.index(below: endings.count)]
      let name = join(root, ending)
      if seen.insert(name).inserted { names.append(name) }
    }
    return NameCorpus(names: names)
  }

  private static func join(_ root: String, _ ending: String) -> String {
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    if let last = root.last, let first = ending.first, vowels.contains(last), vowels.contains(first) {
      return String(root.dropLast()) + ending
    }
    return root + ending
  }

  static let roots = [
    "acro", "aero", "agili", "allo", "alti", "ankylo", "apato", "archaeo", "astro", "bactro", "bary",
    "brachy", "bronto", "campto", "carcharo", "cerato", "chasmo", "coelo", "compso", "cryo", "cteno",
    "deino", "dilo", "diplo", "dracono", "dromaeo", "dryo", "echino", "elasmo", "eoro", "falcari",
    "fulgu", "gallo", "gargo", "giganto", "gorgo", "gryphe", "hadro", "hetero", "hypsi", "iguano",
    "jinzho", "juravo", "kentro", "khaano", "kryo", "lambeo", "lepto", "maia", "mamenchi", "mega",
    "micro", "mono", "nano", "nodo", "nyxo", "ornitho", "oviro", "pachy", "plateo", "proto", "psittaco",
    "quetzal", "quilmo", "rhabdo", "rugo", "scelido", "segno", "spino", "stego", "styraco", "tarbo",
    "tenonto", "thero", "titano", "tricero", "tyranno", "utah", "velo", "vulcano", "wanna", "wuerho",
    "xeno", "xiphio", "yango", "yuta", "zalmo", "zephyro", "zuni", "oryx", "ampho", "borea",
    "cymo", "ferro", "glypto", "halo", "ixo", "jobo", "kosmo", "limno",
  ]

  static let endings = [
    "saurus", "raptor", "don", "avis", "ops", "ceratops", "mimus", "nychus", "pteryx", "venator", "titan",
    "suchus", "rhinus", "lophus", "gnathus", "dromeus", "pelta", "saura", "tholus", "spondylus",
    "cephale", "onyx", "rex", "draco",
  ]
}

// MARK: - Conformance

extension NameCorpus: CustomStringConvertible {
  /// The size and the first names, like `NameCorpus(400 names: velonychus, ...)`.
  public var description: String {
    "NameCorpus(\(names.count) names" + (names.isEmpty ? ")" : ": " + names.prefix(3).joined(separator: ", ") + ", ...)")
  }
}
