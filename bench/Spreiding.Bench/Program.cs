using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Spreiding.Bench.RamingBenchmarks).Assembly).Run(args);
