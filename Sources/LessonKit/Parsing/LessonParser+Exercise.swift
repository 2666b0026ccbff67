extension LessonParser {
  static let exerciseSections: Set<String> = [
    "task", "setup", "starter", "solution", "hint", "check", "misconception",
  ]
  static let checkKinds = ["equals", "close", "shape", "dtype", "gradient", "loss-below"]
  static let checkOptions: Set<String> = [
    "name", "expect", "tolerance", "relative", "of", "wrt", "max-relative-error", "threshold",
    "steps",
  ]

  /// Builds an exercise from its block body: `id`/`title` fields, then `--- task`,
  /// `--- setup`, `--- starter`, `--- solution`, `--- hint` (repeatable), `--- check`
  /// (repeatable) and `--- misconception NAME` (repeatable) sections.
  mutating func parseExercise(_ body: BlockBody, line: Int) throws(LessonFormatError) -> Exercise {
    for field in body.fields where field.key != "id" && field.key != "title" {
      throw .unknownField(field.key, block: "an exercise", location(field.line))
    }
    if let choice = body.choices.first {
      throw .malformedLine("- [ ] " + choice.text, location(choice.line))
    }
    for section in body.sections where !LessonParser.exerciseSections.contains(section.name) {
      throw .unknownSection(section.name, block: "an exercise", location(section.line))
    }
    guard let id = body.value("id")?.value, !id.isEmpty else {
      throw .missingField("id", block: "an exercise", location(line))
    }
    try declare(id, line: line)
    let block = "exercise '\(id)'"
    func section(_ name: String) throws(LessonFormatError) -> String {
      guard let text = body.sections.first(where: { $0.name == name })?.text else {
        throw .missingField("--- \(name)", block: block, location(line))
      }
      return text
    }
    let task = try section("task")
    let starter = try section("starter")
    let solution = try section("solution")
    let setup = body.sections.first { $0.name == "setup" }?.text ?? ""
    var checks: [ExerciseCheck] = []
    for section in body.sections where section.name == "check" {
      checks.append(try parseCheck(section, position: checks.count + 1))
    }
    var misconceptions: [Misconception] = []
    for section in body.sections where section.name == "misconception" {
      misconceptions.append(try parseMisconception(section))
    }
    let exercise = Exercise(
      id: id, title: body.value("title")?.value ?? id, task: task, setup: setup,
      starter: starter, solution: solution,
      hints: body.sections.filter { $0.name == "hint" }.map(\.text),
      checks: checks, misconceptions: misconceptions,
      line: line)
    if exercise.starterRegion.isEmpty,
      !starter.split(separator: "\n").contains(where: {
        $0.trimmingSpaces == Exercise.regionStart
      })
    {
      throw .missingRegion(id, location(body.sections.first { $0.name == "starter" }!.line))
    }
    return exercise
  }

  /// The `key: value` fields of a check or misconception section.
  func sectionFields(_ section: BlockBody.Section) throws(LessonFormatError) -> [BlockBody.Field] {
    var fields: [BlockBody.Field] = []
    for (offset, raw) in section.text.split(separator: "\n").enumerated() {
      let text = raw.trimmingSpaces
      let line = section.line + 1 + offset
      if text.isEmpty { continue }
      if raw.first == " " || raw.first == "\t", !fields.isEmpty {
        fields[fields.count - 1].value += " " + text
        continue
      }
      guard let field = BlockBody.field(text, line: line) else {
        throw .malformedLine(String(text), location(line))
      }
      fields.append(field)
    }
    return fields
  }

  func parseCheck(_ section: BlockBody.Section, position: Int) throws(LessonFormatError)
    -> ExerciseCheck
  {
    let fields = try sectionFields(section)
    let here = location(section.line)
    for field in fields
    where !LessonParser.checkKinds.contains(field.key)
      && !LessonParser.checkOptions.contains(field.key)
    {
      throw .unknownField(field.key, block: "a check", location(field.line))
    }
    let kinds = fields.filter { LessonParser.checkKinds.contains($0.key) }
    guard kinds.count == 1 else { throw .checkKind(found: kinds.map(\.key), here) }
    let expression = kinds[0].value
    func option(_ key: String) -> BlockBody.Field? { fields.first { $0.key == key } }
    func number(_ key: String, default value: Double?) throws(LessonFormatError) -> Double {
      guard let field = option(key) else {
        guard let value else { throw .missingField(key, block: "the check", here) }
        return value
      }
      guard let number = Double(field.value), number.isFinite else {
        throw .badNumber(field: key, text: field.value, location(field.line))
      }
      return number
    }
    func tolerance(_ key: String, default value: Double) throws(LessonFormatError) -> Double {
      guard let field = option(key) else { return value }
      guard
        case .absolute(let bound) = try LessonParser.tolerance(
          field.value, at: location(field.line))
      else { throw .badTolerance(field.value, location(field.line)) }
      return bound
    }
    var expected: CheckValue? = nil
    if let field = option("expect"), kinds[0].key != "dtype" {
      guard let value = ValueLiteral.parse(field.value) else {
        throw .badValue(field.value, location(field.line))
      }
      expected = value
    }
    let kind: ExerciseCheck.Kind
    switch kinds[0].key {
    case "equals":
      kind = .equals(expected: expected)
    case "close":
      kind = .close(
        expected: expected, absolute: try tolerance("tolerance", default: 1e-8),
        relative: try tolerance("relative", default: 1e-5))
    case "shape":
      var shape: [Int]? = nil
      if let expected {
        guard let value = expected.shapeValue else {
          throw .badValue(option("expect")!.value, location(option("expect")!.line))  // set above
        }
        shape = value
      }
      kind = .shape(expected: shape)
    case "dtype":
      kind = .dtype(expected: option("expect")?.value.filter { $0 != "'" && $0 != "\"" })
    case "gradient":
      guard let function = option("of")?.value else {
        throw .missingField("of", block: "the gradient check", here)
      }
      guard let variable = option("wrt")?.value else {
        throw .missingField("wrt", block: "the gradient check", here)
      }
      kind = .gradient(
        function: function, variable: variable,
        maxRelativeError: try tolerance("max-relative-error", default: 1e-6))
    default:
      let steps = try number("steps", default: 0)
      guard steps >= 0, steps == steps.rounded() else {
        throw .badNumber(field: "steps", text: option("steps")!.value, here)
      }
      kind = .lossBelow(threshold: try number("threshold", default: nil), steps: Int(steps))
    }
    // The default name never shows the expression: learners see which check failed, not its code.
    let name = option("name")?.value ?? "check \(position) (\(kinds[0].key))"
    return ExerciseCheck(name: name, expression: expression, kind: kind, line: section.line)
  }

  func parseMisconception(_ section: BlockBody.Section) throws(LessonFormatError) -> Misconception {
    let fields = try sectionFields(section)
    let here = location(section.line)
    for field in fields where field.key != "feedback" && field.key != "factor" {
      throw .unknownField(field.key, block: "a misconception", location(field.line))
    }
    guard let feedback = fields.first(where: { $0.key == "feedback" })?.value else {
      throw .missingField("feedback", block: "misconception '\(section.argument)'", here)
    }
    let kind: Misconception.Kind
    switch section.argument {
    case "transposed": kind = .transposed
    case "sign": kind = .signFlipped
    case "broadcast": kind = .wrongBroadcast
    case "softmax-overflow": kind = .softmaxOverflow
    case "log-of-zero": kind = .logOfZero
    case "factor":
      var factor: Double? = nil
      if let field = fields.first(where: { $0.key == "factor" }) {
        guard let value = Double(field.value), value.isFinite, value != 0 else {
          throw .badNumber(field: "factor", text: field.value, location(field.line))
        }
        factor = value
      }
      kind = .factor(factor)
    default: throw .unknownMisconception(section.argument, here)
    }
    return Misconception(kind: kind, feedback: feedback, line: section.line)
  }
}
