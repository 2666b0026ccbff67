#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a closure on a new thread with a large stack and waits for it.
///
/// A tree-walking interpreter uses several Swift frames per Python call; Python's recursion limit
/// of 1000 needs far more stack than a secondary thread's default (512 KiB to 8 MiB). The stack is
/// reserved, not committed, so the size costs address space only.
enum LargeStackThread {
  static let stackSize = 512 << 20

  /// Holds the work while the thread runs; the caller joins before reading it, so no two threads
  /// touch it at once.
  private final class Box: @unchecked Sendable {
    var work: () -> Void
    init(_ work: @escaping () -> Void) { self.work = work }
  }

  static func run(_ work: @escaping () -> Void) {
    let box = Box(work)
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, stackSize)
    #if canImport(Darwin)
      var thread: pthread_t? = nil
    #else
      var thread = pthread_t()
    #endif
    let context = Unmanaged.passRetained(box).toOpaque()
    let status = pthread_create(
      &thread, &attributes,
      { context in
        let box = Unmanaged<Box>.fromOpaque(context!).takeRetainedValue()  // passed retained below
        box.work()
        return nil
      }, context)
    guard status == 0 else {
      Unmanaged<Box>.fromOpaque(context).release()
      work()
      return
    }
    #if canImport(Darwin)
      pthread_join(thread!, nil)  // created successfully above
    #else
      pthread_join(thread, nil)
    #endif
  }
}
