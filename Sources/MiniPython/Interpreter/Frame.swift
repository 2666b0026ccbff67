/// A compiled expression: evaluates in a frame.
typealias Evaluator = (Frame) throws(PyException) -> PyValue

/// A compiled statement: runs in a frame and says how control continues.
typealias Executor = (Frame) throws(PyException) -> Flow

/// How control leaves a statement.
enum Flow {
  case normal
  case breakLoop
  case continueLoop
  /// `return`; the value is in `Frame.returnValue`.
  case returned
}

/// A source file's name and lines, kept for tracebacks.
final class SourceFile {
  let name: String
  let lines: [Substring]

  init(name: String, source: String) {
    self.name = name
    self.lines = source.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// The stripped text of line `number` (from 1).
  func line(_ number: Int) -> String? {
    guard number >= 1, number <= lines.count else { return nil }
    return String(lines[number - 1].drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\r" }.reversed())
  }
}

/// The module-level variables: resolved to slots when code is compiled, with names for `dir()`.
///
/// The values live in a manually managed buffer rather than an array, so that reading a global
/// does not retain and release the array's storage on every access.
final class Globals {
  private(set) var values: UnsafeMutablePointer<PyValue?>
  private var capacity = 64
  private(set) var names: [String] = []
  private var slotOf: [String: Int] = [:]

  init() {
    values = .allocate(capacity: capacity)
    values.initialize(repeating: nil, count: capacity)
  }

  deinit {
    values.deinitialize(count: capacity)
    values.deallocate()
  }

  /// The slot of `name`, created if new.
  func slot(for name: String) -> Int {
    if let slot = slotOf[name] { return slot }
    let slot = names.count
    if slot == capacity {
      let grown = UnsafeMutablePointer<PyValue?>.allocate(capacity: capacity * 2)
      grown.moveInitialize(from: values, count: capacity)
      (grown + capacity).initialize(repeating: nil, count: capacity)
      values.deallocate()
      values = grown
      capacity *= 2
    }
    slotOf[name] = slot
    names.append(name)
    return slot
  }

  subscript(name: String) -> PyValue? {
    get { slotOf[name].flatMap { values[$0] } }
    set { values[slot(for: name)] = newValue }
  }

  /// The names currently bound.
  var boundNames: [String] { names.filter { self[$0] != nil } }

  /// Every function code compiled against these globals (their frame pools are emptied at the
  /// end of a session).
  var codes: [FunctionCode] = []

  /// Unbinds every variable and empties frame pools, breaking the reference cycles between
  /// functions, their globals and pooled frames so a finished session is freed.
  func clear() {
    for index in 0..<names.count { values[index] = nil }
    for code in codes { code.emptyFramePool() }
    codes = []
  }
}

/// A function's compiled code: parameter layout, slot counts and body.
final class FunctionCode {
  let name: String
  let file: SourceFile
  let line: Int
  /// Positional parameter names (slots `0..<positionalNames.count`).
  let positionalNames: [String]
  /// Keyword-only parameter names (the slots after the positional ones).
  let keywordOnlyNames: [String]
  let varargsSlot: Int?
  let varkwSlot: Int?
  let slotCount: Int
  /// Cells the frame creates: own captured variables (the first `ownCellCount` of `Frame.cells`).
  let ownCellCount: Int
  /// Parameters that live in cells: copy `slot` into `cell` at entry.
  let parameterCells: [(slot: Int, cell: Int)]
  /// The name used in argument errors (`Solver.train` for a method).
  var qualifiedName: String
  /// The docstring, shown by `help`.
  var doc: String?
  /// Runs the body in a frame whose parameters are bound, returning the function's result.
  /// A constant, so a call reads it without retaining it.
  let runner: Evaluator
  /// Frames of finished calls, reused by the next calls (allocation is a large share of a call):
  /// a list linked through `Frame.nextPooled`, so taking and returning a frame moves references
  /// instead of copying them.
  private var pooledFrame: Frame?
  private var pooledCount = 0
  /// The line of the first statement of the body.
  var firstLine = 0
  /// For each free variable, the index of its cell in the defining frame.
  var freeCellSources: [Int] = []
  /// This code's identity for call-site caches (see `PyClass.identity`).
  let identity = Identity()

  init(
    name: String, file: SourceFile, line: Int, positionalNames: [String], keywordOnlyNames: [String],
    varargsSlot: Int?, varkwSlot: Int?, slotCount: Int, ownCellCount: Int,
    parameterCells: [(slot: Int, cell: Int)], runner: @escaping Evaluator
  ) {
    self.runner = runner
    self.name = name
    self.qualifiedName = name
    self.file = file
    self.line = line
    self.positionalNames = positionalNames
    self.keywordOnlyNames = keywordOnlyNames
    self.varargsSlot = varargsSlot
    self.varkwSlot = varkwSlot
    self.slotCount = slotCount
    self.ownCellCount = ownCellCount
    self.parameterCells = parameterCells
    self.isSimple = keywordOnlyNames.isEmpty && varargsSlot == nil && varkwSlot == nil
  }

  /// Whether calls with only positional arguments can fill slots directly.
  let isSimple: Bool

  /// A frame from the pool, or `nil` if the pool is empty.
  @inline(__always)
  func pooledFrameIfAny() -> Frame? {
    guard let frame = pooledFrame.take() else { return nil }
    pooledFrame = frame.nextPooled.take()
    pooledCount -= 1
    return frame
  }

  /// Returns a finished call's frame to the pool (which keeps at most 16).
  @inline(__always)
  func pool(_ frame: consuming Frame) {
    guard pooledCount < 16 else { return }
    frame.recycle()
    frame.nextPooled = pooledFrame.take()
    pooledFrame = consume frame
    pooledCount += 1
  }

  /// Drops the pooled frames.
  func emptyFramePool() {
    var next = pooledFrame.take()
    while let frame = next { next = frame.nextPooled.take() }
    pooledCount = 0
  }
}

/// The variables of one running function (or of the module, or of a class body).
final class Frame {
  // The globals, file and function a frame points at outlive its call, so those references skip
  // reference counting. The interpreter is held strongly because every closure loads it, and a
  // strong `let` loads for free (an unowned one is retained at each use).
  let slots: UnsafeMutablePointer<PyValue?>
  let slotCount: Int
  var cells: [Cell]
  unowned(unsafe) var globals: Globals
  unowned(unsafe) var file: SourceFile
  /// The interpreter running this frame.
  let interpreter: Interpreter
  /// The function whose call made this frame (`nil` for module and class bodies).
  unowned(unsafe) var function: PyFunction?
  /// The line of the statement running now, for tracebacks.
  var line = 0
  var returnValue: PyValue = .none
  /// A class body's namespace (names resolve here first, then globals).
  var namespace: [String: PyValue]?
  /// The generator whose body runs in this frame (`yield` hands values to it).
  var generator: Generator?
  /// The next frame in its code's pool, while this one is pooled.
  var nextPooled: Frame?

  init(
    slotCount: Int, cells: [Cell], globals: Globals, file: SourceFile, interpreter: Interpreter
  ) {
    self.interpreter = interpreter
    self.slotCount = slotCount
    self.slots = .allocate(capacity: max(slotCount, 1))
    self.slots.initialize(repeating: nil, count: max(slotCount, 1))
    self.cells = cells
    self.globals = globals
    self.file = file
  }

  deinit {
    slots.deinitialize(count: max(slotCount, 1))
    slots.deallocate()
  }

  /// Clears the variables so the frame can serve the next call of the same code.
  @inline(__always)
  func recycle() {
    for index in 0..<slotCount { slots[index] = nil }
    if !cells.isEmpty { cells = [] }
    returnValue = .none
  }
}
