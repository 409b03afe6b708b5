using System.Buffers;
using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ChildServicesApi.Http;

internal static class Compression
{
    public const string Identity = "identity";

    /// <summary>The content coding the compression will choose for this request (br, gzip or identity), as negotiated from Accept-Encoding.</summary>
    public static string NegotiatedCoding(HttpContext context) =>
        context.RequestServices.GetRequiredService<IResponseCompressionProvider>().GetCompressionProvider(context)?.EncodingName ?? Identity;

    /// <summary>Brotli or gzip for JSON, problem JSON, GeoJSON and CSV, when the client asks for it.</summary>
    public static IServiceCollection AddCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add(new CoalescingProvider("br", output => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true)));
            options.Providers.Add(new CoalescingProvider("gzip", output => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)));
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", GeoJsonOutput.MediaType, "text/csv"]);
        });
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, RefusalRespectingProvider>());
        return services;
    }

    /// <summary>
    /// The framework's choice of coding, except that a coding the client refuses by name (<c>br;q=0</c>) is never
    /// chosen through a wildcard beside it: given <c>br;q=0, *</c> the framework answered in Brotli, where RFC 9110
    /// §12.5.3 says q=0 means "not acceptable". Each coding's weight is its own entry's, else the wildcard's; the
    /// heaviest above zero wins, ties going to the order the codings were registered (br, then gzip); none, identity.
    /// </summary>
    private sealed class RefusalRespectingProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        private readonly ICompressionProvider[] codings = [.. options.Value.Providers.OfType<ICompressionProvider>()];

        public override ICompressionProvider? GetCompressionProvider(HttpContext context)
        {
            // Without a wildcard the framework already honours each coding's own weight.
            var chosen = base.GetCompressionProvider(context);
            var header = context.Request.Headers.AcceptEncoding;
            if (chosen is null || !header.ToString().Contains('*', StringComparison.Ordinal) || !StringWithQualityHeaderValue.TryParseList(header, out var accepted))
            {
                return chosen;
            }
            double? Weight(string name) => accepted.Where(a => a.Value.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).Cast<double?>().FirstOrDefault();
            var wildcard = Weight("*");
            return codings
                .Select((coding, order) => (Coding: coding, Order: order, Weight: Weight(coding.EncodingName) ?? wildcard ?? 0))
                .Where(c => c.Weight > 0)
                .OrderByDescending(c => c.Weight).ThenBy(c => c.Order)
                .Select(c => c.Coding)
                .FirstOrDefault();
        }
    }

    /// <summary>
    /// A compressor fed in blocks of 64 KB. The JSON writer hands over a few kilobytes at a time and flushes as it goes;
    /// Brotli's fastest level compresses each piece it is given on its own, so on a response cache miss the first answer
    /// was several times larger than the same answer from the cache (/api/v1/indicators: 23,756 bytes of Brotli against
    /// 3,050). Writes are gathered into 64 KB blocks and a flush goes through only once a block has been passed on, so
    /// a streamed CSV still leaves in 64 KB steps.
    /// </summary>
    private sealed class CoalescingProvider(string encoding, Func<Stream, Stream> create) : ICompressionProvider
    {
        public string EncodingName => encoding;

        public bool SupportsFlush => true;

        public Stream CreateStream(Stream outputStream) => new BlockWriter(create(outputStream));
    }

    /// <summary>
    /// The 64 KB block is one array from the shared pool, filled to the brim and passed on, so a long answer allocates
    /// nothing per block: a MemoryStream grown past 64 KB took a 128 KB array from the large object heap on every
    /// compressed answer, and under the serving GC setting each one brought a gen2 collection nearer (a 521 KB CSV,
    /// uncached, with Brotli: 20-35 gen2 collections a second at 32 connections; see docs/benchmarks.md).
    /// </summary>
    private sealed class BlockWriter(Stream inner) : Stream
    {
        private const int BlockSize = 64 * 1024;
        private byte[]? block = ArrayPool<byte>.Shared.Rent(BlockSize);
        private int filled;
        private bool passedOn;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (!buffer.IsEmpty)
            {
                buffer = Fill(buffer);
                if (filled == BlockSize)
                {
                    PassOn();
                }
            }
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            while (!buffer.IsEmpty)
            {
                var taken = buffer.Length - Fill(buffer.Span).Length;
                buffer = buffer[taken..];
                if (filled == BlockSize)
                {
                    await PassOnAsync(cancellationToken);
                }
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        /// <summary>Copies what fits into the block; returns the rest.</summary>
        private ReadOnlySpan<byte> Fill(ReadOnlySpan<byte> buffer)
        {
            var target = block ?? throw new ObjectDisposedException(nameof(BlockWriter));
            var taken = Math.Min(buffer.Length, BlockSize - filled);
            buffer[..taken].CopyTo(target.AsSpan(filled));
            filled += taken;
            return buffer[taken..];
        }

        public override void Flush()
        {
            if (passedOn)
            {
                passedOn = false;
                inner.Flush();
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            if (!passedOn)
            {
                return Task.CompletedTask;
            }
            passedOn = false;
            return inner.FlushAsync(cancellationToken);
        }

        private void PassOn()
        {
            inner.Write(block!, 0, filled);
            filled = 0;
            passedOn = true;
        }

        private async Task PassOnAsync(CancellationToken cancellationToken)
        {
            await inner.WriteAsync(block.AsMemory(0, filled), cancellationToken);
            filled = 0;
            passedOn = true;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && block is not null)
            {
                try
                {
                    if (filled > 0)
                    {
                        PassOn();
                    }
                }
                finally
                {
                    // The encoder's native state is freed even when the client has gone and the last block cannot be sent.
                    inner.Dispose();
                    Return();
                }
            }
            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            if (block is not null)
            {
                try
                {
                    if (filled > 0)
                    {
                        await PassOnAsync(CancellationToken.None);
                    }
                }
                finally
                {
                    await inner.DisposeAsync();
                    Return();
                }
            }
            await base.DisposeAsync();
        }

        private void Return()
        {
            ArrayPool<byte>.Shared.Return(block!);
            block = null;
        }
    }
}
