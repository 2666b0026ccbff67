/// A mistake in a lesson file, with the place it was found.
///
/// Authors see these as `file:line: error: message`; the wording is tested exactly.
public enum LessonFormatError: Error, Equatable, Sendable {
  /// The file does not start with a `---` header.
  case missingHeader(LessonLocation)
  /// The header's opening `---` has no closing `---`.
  case unterminatedHeader(LessonLocation)
  /// A required header field is missing.
  case missingHeaderField(String, LessonLocation)
  /// The header's `format:` is not one this version reads.
  case unsupportedFormat(Int, LessonLocation)
  /// A fenced block (```` ```quiz ````, ```` ```python ````…) is never closed.
  case unterminatedBlock(String, LessonLocation)
  /// A `$$` display formula is never closed.
  case unterminatedMath(LessonLocation)
  /// A line in a block body is not `key: value`, a choice or a `--- section`.
  case malformedLine(String, LessonLocation)
  /// A quiz's `kind:` is not one of the known kinds.
  case unknownQuizKind(String, LessonLocation)
  /// A field a block does not know.
  case unknownField(String, block: String, LessonLocation)
  /// A `--- section` a block does not know.
  case unknownSection(String, block: String, LessonLocation)
  /// A required field or section is missing.
  case missingField(String, block: String, LessonLocation)
  /// A quiz has no answer (no `answer:`, or no choice marked `[x]`).
  case missingAnswer(String, LessonLocation)
  /// A single-choice quiz marks more than one choice correct.
  case ambiguousAnswer(String, count: Int, LessonLocation)
  /// An id used twice in one lesson.
  case duplicateID(String, firstLine: Int, LessonLocation)
  /// A tolerance that is not a non-negative number or percentage.
  case badTolerance(String, LessonLocation)
  /// A field that must be a number is not.
  case badNumber(field: String, text: String, LessonLocation)
  /// An `expect:` value that is not a Python literal.
  case badValue(String, LessonLocation)
  /// A check section with no kind, or more than one.
  case checkKind(found: [String], LessonLocation)
  /// A misconception the checker does not know.
  case unknownMisconception(String, LessonLocation)
  /// An exercise starter without the learner's region markers.
  case missingRegion(String, LessonLocation)
  /// A predict quiz names a cell that does not exist.
  case unknownCell(String, LessonLocation)
  /// A predict quiz names a cell with no recorded output and gives no `answer:`.
  case missingOutput(String, LessonLocation)

  /// Where the mistake is.
  public var location: LessonLocation {
    switch self {
    case .missingHeader(let l), .unterminatedHeader(let l), .missingHeaderField(_, let l),
      .unsupportedFormat(_, let l), .unterminatedBlock(_, let l), .unterminatedMath(let l),
      .malformedLine(_, let l), .unknownQuizKind(_, let l), .unknownField(_, _, let l),
      .unknownSection(_, _, let l), .missingField(_, _, let l), .missingAnswer(_, let l),
      .ambiguousAnswer(_, _, let l), .duplicateID(_, _, let l), .badTolerance(_, let l),
      .badNumber(_, _, let l), .badValue(_, let l), .checkKind(_, let l),
      .unknownMisconception(_, let l), .missingRegion(_, let l), .unknownCell(_, let l),
      .missingOutput(_, let l):
      return l
    }
  }

  /// The message, without the location.
  public var message: String {
    switch self {
    case .missingHeader:
      return "a lesson must start with a header between two '---' lines"
    case .unterminatedHeader:
      return "the header opened here is never closed with '---'"
    case .missingHeaderField(let field, _):
      return "the header has no '\(field)'"
    case .unsupportedFormat(let format, _):
      return "format \(format) is not supported (this version reads format "
        + "\(LessonHeader.supportedFormats.upperBound))"
    case .unterminatedBlock(let kind, _):
      return "the ```\(kind) block opened here is never closed"
    case .unterminatedMath:
      return "the '$$' formula opened here is never closed"
    case .malformedLine(let text, _):
      return "expected 'key: value', a choice '- [ ] …' or a '--- section' line, got '\(text)'"
    case .unknownQuizKind(let kind, _):
      return "unknown quiz kind '\(kind)' (expected single, multiple, numeric, text or predict)"
    case .unknownField(let field, let block, _):
      return "unknown field '\(field)' in \(block)"
    case .unknownSection(let section, let block, _):
      return "unknown section '--- \(section)' in \(block)"
    case .missingField(let field, let block, _):
      return "\(block) has no '\(field)'"
    case .missingAnswer(let id, _):
      return "quiz '\(id)' has no answer"
    case .ambiguousAnswer(let id, let count, _):
      return "single-choice quiz '\(id)' marks \(count) choices correct (use kind: multiple)"
    case .duplicateID(let id, let firstLine, _):
      return "duplicate id '\(id)' (first used on line \(firstLine))"
    case .badTolerance(let text, _):
      return "bad tolerance '\(text)' (expected a number like 0.01 or a percentage like 1%)"
    case .badNumber(let field, let text, _):
      return "'\(field)' must be a number, got '\(text)'"
    case .badValue(let text, _):
      return "cannot read '\(text)' as a value (expected a Python literal such as 3, 0.5, "
        + "[1, 2] or (4, 3))"
    case .checkKind(let found, _):
      let kinds = "equals, close, shape, dtype, gradient or loss-below"
      if found.isEmpty { return "a check needs one kind: \(kinds)" }
      return "a check needs exactly one kind, found "
        + found.map { "'\($0)'" }.joined(separator: " and ")
    case .unknownMisconception(let name, _):
      return "unknown misconception '\(name)' (expected "
        + Misconception.Kind.names.joined(separator: ", ") + ")"
    case .missingRegion(let id, _):
      return "the starter of exercise '\(id)' has no '\(Exercise.regionStart)' … "
        + "'\(Exercise.regionEnd)' region"
    case .unknownCell(let id, _):
      return "the predict quiz names cell '\(id)', which does not exist"
    case .missingOutput(let id, _):
      return "cell '\(id)' has no recorded ```output block to predict, and the quiz has no 'answer'"
    }
  }
}

// MARK: - Conformance

extension LessonFormatError: CustomStringConvertible {
  /// `file:line: error: message`.
  public var description: String {
    "\(location): error: \(message)"
  }
}
