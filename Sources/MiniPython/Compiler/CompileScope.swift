/// What the compiler knows about one scope: where each name lives at run time.
///
/// Function locals get frame slots (no dictionary lookups when the code runs); locals that
/// nested functions capture get cells; module names get `Globals` slots; class bodies keep a
/// namespace dictionary. Comprehension variables get hidden slots of their own.
final class CompileScope {
  enum Kind { case module, function, classBody }

  /// Where a name is read and written.
  enum Access {
    case slot(Int)
    case cell(Int)
    case global(Int)
    /// In a class body: the namespace first, then the global slot.
    case namespace(String, Int)
  }

  let kind: Kind
  let parent: CompileScope?
  let name: String
  var slots: [String: Int] = [:]
  var slotCount = 0
  var cells: [String: Int] = [:]
  var ownCellCount = 0
  var freeNames: [String] = []
  var declaredGlobals: Set<String> = []
  var hidden: [[String: Int]] = []
  var loopDepth = 0

  init(kind: Kind, parent: CompileScope?, name: String) {
    self.kind = kind
    self.parent = parent
    self.name = name
  }

  /// A new slot (for a hidden comprehension variable or a temporary).
  func newSlot() -> Int {
    defer { slotCount += 1 }
    return slotCount
  }

  /// The nearest enclosing function scope (class bodies are skipped, as in Python).
  var enclosingFunction: CompileScope? {
    var scope = parent
    while let s = scope {
      if s.kind == .function { return s }
      scope = s.parent
    }
    return nil
  }

  /// The index in `Frame.cells` of a variable this scope can hand to a nested function.
  func cellIndex(for name: String) -> Int? {
    switch kind {
    case .function:
      if let index = cells[name] { return index }
      if let index = freeNames.firstIndex(of: name) { return ownCellCount + index }
      return nil
    case .classBody:
      return enclosingFunction?.cellIndex(for: name)
    case .module:
      return nil
    }
  }

  /// Where `name` lives, resolved once at compile time.
  func resolve(_ name: String, globals: Globals) -> Access {
    for map in hidden.reversed() {
      if let slot = map[name] { return .slot(slot) }
    }
    switch kind {
    case .module:
      return .global(globals.slot(for: name))
    case .classBody:
      return .namespace(name, globals.slot(for: name))
    case .function:
      if declaredGlobals.contains(name) { return .global(globals.slot(for: name)) }
      if let index = cells[name] { return .cell(index) }
      if let slot = slots[name] { return .slot(slot) }
      if let index = freeNames.firstIndex(of: name) { return .cell(ownCellCount + index) }
      return .global(globals.slot(for: name))
    }
  }
}
