import Foundation

/// numpy's times for the same work, from a python3 process that times one case per request, so
/// that Swift and numpy are measured alternately (these machines are shared and noisy).
///
/// OpenBLAS reads its thread count when numpy is imported, so each thread count gets its own
/// process with `OPENBLAS_NUM_THREADS` set. `OPENBLAS_CORETYPE` and `OPENBLAS_L2_SIZE` are removed from
/// that subprocess's environment: set to a wrong core type they make OpenBLAS pick slower kernels.
final class NumpyReference {
  private let process = Process()
  private let input = Pipe(), output = Pipe(), errors = Pipe()
  private var buffered = [UInt8]()

  /// Starts python3 with numpy on `threads` OpenBLAS threads, ready to time `cases` and `conv`.
  init(threads: Int, cases: [MatmulCase], elementwise: [ElementwiseCase], clock: Timing.Clock) throws {
    let shapes = cases.map { "(\($0.m), \($0.k), \($0.n))" }.joined(separator: ", ")
    let expressions = elementwise.map { "lambda a, b: \($0.numpyExpression)" }.joined(separator: ", ")
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c",
      NumpyReference.scriptText.replacingOccurrences(of: "SHAPES", with: "[\(shapes)]")
        .replacingOccurrences(of: "EXPRESSIONS", with: "[\(expressions)]")
        .replacingOccurrences(of: "CLOCK", with: clock == .wall ? "time.perf_counter" : "time.process_time")
        .replacingOccurrences(of: "PICK", with: Timing.fastest ? "0" : "rounds // 2"),
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["OPENBLAS_CORETYPE"] = nil
    environment["OPENBLAS_L2_SIZE"] = nil
    environment["OPENBLAS_NUM_THREADS"] = "\(threads)"
    environment["OMP_NUM_THREADS"] = "\(threads)"
    process.environment = environment
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
  }

  deinit {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
  }

  /// What to time: a product or an element-wise case by index in the lists given at start, or the convolution.
  enum Request { case product(Int), elementwise(Int), convolution }

  /// numpy's seconds per call for a request.
  func seconds(_ request: Request) -> Double? {
    let text: String
    switch request {
    case .product(let index): text = "product \(index)"
    case .elementwise(let index): text = "elementwise \(index)"
    case .convolution: text = "conv 0"
    }
    input.fileHandleForWriting.write(Data((text + "\n").utf8))
    return readLine().flatMap(Double.init)
  }

  /// What python3 wrote to standard error, for a failure message.
  func errorText() -> String {
    try? input.fileHandleForWriting.close()
    return String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  }

  private func readLine() -> String? {
    while true {
      if let newline = buffered.firstIndex(of: 10) {
        let line = String(decoding: buffered[..<newline], as: UTF8.self)
        buffered.removeSubrange(...newline)
        return line
      }
      let data = output.fileHandleForReading.availableData
      if data.isEmpty { return nil }
      buffered.append(contentsOf: data)
    }
  }

  static let scriptText = """
    import sys, time, numpy as np

    clock = CLOCK

    def per_call(f, rounds=5, budget=0.05):
        f()
        calls = 1
        while True:
            t = clock()
            for _ in range(calls): f()
            e = clock() - t
            if e >= budget / 4 or calls >= 1 << 24:
                calls = max(1, int(calls * budget / max(e, 1e-9)))
                break
            calls *= 4
        samples = []
        for _ in range(rounds):
            t = clock()
            for _ in range(calls): f()
            samples.append((clock() - t) / calls)
        return sorted(samples)[PICK]

    rng = np.random.default_rng(0)
    shapes = SHAPES
    expressions = EXPRESSIONS

    def time_elementwise(f):
        a = rng.uniform(-4, 4, (4, 400)); b = rng.uniform(-4, 4, (4, 400))
        return per_call(lambda: f(a, b))

    def time_product(m, k, n):
        a = rng.uniform(-1, 1, (m, k)); b = rng.uniform(-1, 1, (k, n))
        return per_call(lambda: a @ b)

    # Convolution through im2col, NHWC, as a vectorised numpy course solution writes it.
    def conv_forward_backward(x, W, b, dout, pad=1):
        N, H, Wd, C = x.shape; f = W.shape[0]; F = W.shape[3]
        xp = np.pad(x, ((0, 0), (pad, pad), (pad, pad), (0, 0)))
        OH, OW = H + 2 * pad - f + 1, Wd + 2 * pad - f + 1
        cols = np.stack([xp[:, i:i + OH, j:j + OW, :] for i in range(f) for j in range(f)], axis=3)
        cols = cols.reshape(N * OH * OW, f * f * C)
        Wm = W.reshape(f * f * C, F)
        out = (cols @ Wm + b).reshape(N, OH, OW, F)
        d2 = dout.reshape(-1, F)
        dW = (cols.T @ d2).reshape(W.shape); db = d2.sum(axis=0)
        dcols = (d2 @ Wm.T).reshape(N, OH, OW, f * f, C)
        dxp = np.zeros_like(xp)
        for idx in range(f * f):
            i, j = divmod(idx, f)
            dxp[:, i:i + OH, j:j + OW, :] += dcols[:, :, :, idx, :]
        return out, dxp[:, pad:-pad, pad:-pad, :], dW, db

    def time_conv():
        x = rng.uniform(-1, 1, (10, 32, 32, 3)); W = rng.uniform(-1, 1, (3, 3, 3, 8))
        b = rng.uniform(-1, 1, 8); dout = rng.uniform(-1, 1, (10, 32, 32, 8))
        return per_call(lambda: conv_forward_backward(x, W, b, dout))

    for line in sys.stdin:
        kind, index = line.split()
        if kind == "conv": seconds = time_conv()
        elif kind == "product": seconds = time_product(*shapes[int(index)])
        else: seconds = time_elementwise(expressions[int(index)])
        print(seconds, flush=True)
    """
}
