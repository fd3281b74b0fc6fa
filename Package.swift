// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "factcheck",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "factcheck", targets: ["factcheck"]),
    .library(name: "FactCheckCore", targets: ["FactCheckCore"]),
    .library(name: "FactCheckShell", targets: ["FactCheckShell"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
    .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
  ],
  targets: [
    // MARK: - System libraries

    .systemLibrary(
      name: "CReadline",
      path: "Sources/CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),

    // MARK: - Libraries

    .target(
      name: "FactCheckCore",
      dependencies: [
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Collections", package: "swift-collections"),
        .product(name: "Plot", package: "Plot"),
      ]
    ),
    .target(
      name: "FactCheckShell",
      dependencies: ["FactCheckCore"]
    ),

    // MARK: - Executable

    .executableTarget(
      name: "factcheck",
      dependencies: [
        "FactCheckCore",
        "FactCheckShell",
        "CReadline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    .executableTarget(
      name: "factcheck-train",
      dependencies: [
        "FactCheckCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    .executableTarget(
      name: "factcheck-eval",
      dependencies: [
        "FactCheckCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Benchmarks

    .target(
      name: "CorpusGenerator",
      dependencies: ["FactCheckCore"],
      path: "Benchmarks/CorpusGenerator"
    ),
    .executableTarget(
      name: "factcheck-bench",
      dependencies: [
        "CorpusGenerator",
        "FactCheckCore",
        "FactCheckShell",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Benchmarks/factcheck-bench"
    ),

    // MARK: - Tests

    .target(
      name: "TestSupport",
      dependencies: ["FactCheckCore"],
      path: "Tests/TestSupport"
    ),
    .testTarget(
      name: "FactCheckCoreTests",
      dependencies: [
        "FactCheckCore", "TestSupport", "CorpusGenerator",
        .product(name: "PropertyBased", package: "swift-property-based"), .product(name: "Plot", package: "Plot"),
      ],
      exclude: ["Reports/Snapshots"]
    ),
    .testTarget(
      name: "FactCheckShellTests",
      dependencies: [
        "FactCheckShell", "FactCheckCore", "TestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "FactCheckTrainTests",
      dependencies: ["factcheck-train"]
    ),
    .testTarget(
      name: "CorpusGeneratorTests",
      dependencies: ["CorpusGenerator", "FactCheckCore", "TestSupport"]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["factcheck", "FactCheckCore", "TestSupport"]
    ),
  ]
)
