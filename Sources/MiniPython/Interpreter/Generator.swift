#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A generator: the suspended body of a generator function, resumed by `next`.
///
/// The compiler turns a body into nested closures whose position lives on the Swift stack, so a
/// body cannot be left at `yield` and re-entered later. A generator therefore runs its body on a
/// thread of its own, and the caller and the generator hand control to each other: exactly one of
/// them runs at any time, so the interpreter is still used by one thread at a time. A handoff
/// costs two thread switches (a few microseconds): generators suit loops over mini-batches, not
/// inner loops. A generator dropped before it finishes is closed: `GeneratorExit` is raised at
/// its `yield` (running its `finally` blocks) and its thread ends.
final class Generator: @unchecked Sendable {
  private enum Side { case caller, generator }
  private enum State { case fresh, suspended, running, finished }

  private var mutex = pthread_mutex_t()
  private var condition = pthread_cond_t()
  private var turn = Side.caller
  private var state = State.fresh
  private var closing = false
  private var thread: pthread_t?
  /// What the last handoff brought back: a value, the end (`nil`) or an exception.
  private var message: Result<PyValue?, PyException> = .success(nil)
  /// Runs the body to its end; dropped once it ran (it holds the frame, which holds `self`).
  private var body: ((Generator) -> Void)?

  /// Stack reserved for a generator's thread (address space only until used).
  static let stackSize = 256 << 20

  /// A generator that will run `code.body` in `frame` (parameters bound, never recycled).
  init(code: GeneratorCode, frame: Frame) {
    pthread_mutex_init(&mutex, nil)
    pthread_cond_init(&condition, nil)
    body = { generator in
      let function = code.function
      frame.generator = generator
      do throws(PyException) {
        _ = try code.body(frame)
        generator.message = .success(nil)
      } catch {
        let file = function.code.file
        error.traceback.append(
          TracebackFrame(
            file: file.name, line: frame.line, function: function.code.name, sourceLine: file.line(frame.line)))
        generator.message = .failure(error)
      }
      frame.generator = nil
    }
  }

  deinit {
    pthread_cond_destroy(&condition)
    pthread_mutex_destroy(&mutex)
  }

  /// The next yielded value, `nil` once the body returned; rethrows what the body raised.
  ///
  /// - Throws: `ValueError: generator already executing` when called from its own body.
  func next() throws(PyException) -> PyValue? {
    switch state {
    case .finished: return nil
    case .running: throw PyException(.valueError, "generator already executing")
    case .fresh, .suspended: break
    }
    let fresh = state == .fresh
    state = .running
    pthread_mutex_lock(&mutex)
    turn = .generator
    if fresh && !start() {
      pthread_mutex_unlock(&mutex)
      state = .finished
      throw PyException(.runtimeError, "could not start a thread for the generator")
    }
    pthread_cond_broadcast(&condition)
    while turn != .caller { pthread_cond_wait(&condition, &mutex) }
    pthread_mutex_unlock(&mutex)
    switch message {
    case .success(let value?):
      state = .suspended
      return value
    case .success(nil):
      state = .finished
      return nil
    case .failure(let error):
      state = .finished
      throw error
    }
  }

  /// `yield value` in the body: hands `value` to the caller and waits to be resumed.
  ///
  /// - Throws: `GeneratorExit` when the generator is being closed.
  func yield(_ value: PyValue) throws(PyException) -> PyValue {
    if closing { throw PyException(.generatorExit, "") }
    message = .success(value)
    pthread_mutex_lock(&mutex)
    turn = .caller
    pthread_cond_broadcast(&condition)
    while turn != .generator { pthread_cond_wait(&condition, &mutex) }
    pthread_mutex_unlock(&mutex)
    if closing { throw PyException(.generatorExit, "") }
    return .none
  }

  /// Ends a suspended generator (raising `GeneratorExit` at its `yield`) and frees its thread.
  func close() {
    if state == .fresh || state == .finished { body = nil }
    guard state == .suspended, let thread, pthread_equal(thread, pthread_self()) == 0 else { return }
    closing = true
    _ = try? next()
    state = .finished
  }

  /// Starts the body's thread (called with the mutex held); false if no thread could be made.
  private func start() -> Bool {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, Generator.stackSize)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    let context = Unmanaged.passRetained(self).toOpaque()
    #if canImport(Darwin)
      var handle: pthread_t? = nil
    #else
      var handle = pthread_t()
    #endif
    let status = pthread_create(
      &handle, &attributes,
      { context in
        let generator = Unmanaged<Generator>.fromOpaque(context!).takeRetainedValue()  // retained below
        generator.runBody()
        return nil
      }, context)
    guard status == 0 else {
      Unmanaged<Generator>.fromOpaque(context).release()
      return false
    }
    thread = handle
    return true
  }

  /// The thread's work: wait for the first turn, run the body, hand the end back to the caller.
  private func runBody() {
    pthread_mutex_lock(&mutex)
    while turn != .generator { pthread_cond_wait(&condition, &mutex) }
    pthread_mutex_unlock(&mutex)
    let work = body
    body = nil
    work?(self)
    pthread_mutex_lock(&mutex)
    turn = .caller
    pthread_cond_broadcast(&condition)
    pthread_mutex_unlock(&mutex)
  }

  /// The generator as a Python iterator (`type` name `generator`); dropping the last reference
  /// to the iterator closes the generator.
  func iterator() -> PyIterator {
    let handle = Handle(self)
    return PyIterator(typeName: "generator") { () throws(PyException) -> PyValue? in try handle.generator.next() }
  }

  /// Closes its generator when the iterator holding it goes away.
  private final class Handle {
    let generator: Generator
    init(_ generator: Generator) { self.generator = generator }
    deinit { generator.close() }
  }
}
