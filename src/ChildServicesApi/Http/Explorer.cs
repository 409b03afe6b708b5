using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace ChildServicesApi.Http;

/// <summary>
/// The explorer page: <c>/explore</c>, and <c>/explore/embed</c> (the same page without the site's header and footer,
/// for iframes). Static files only, built from <c>explorer/</c> by esbuild into <c>wwwroot/explore</c> and committed;
/// the page reads the public API and nothing else. Assets have a content hash in their names and are cached for a year
/// as immutable; the pages are revalidated with an ETag after five minutes, so a new build reaches browsers promptly.
/// The content security policies are in <see cref="SecurityHeaders"/>.
/// </summary>
internal static class Explorer
{
    public const string PagePath = "/explore";
    public const string EmbedPath = "/explore/embed";
    public const string AssetCacheControl = "public, max-age=31536000, immutable";
    public const string PageCacheControl = "public, max-age=300";

    /// <summary>The built files under wwwroot/explore (index.html, embed.html, explore-HASH.js, explore-HASH.css).</summary>
    private static IFileProvider Files(IWebHostEnvironment environment)
    {
        var folder = Path.Combine(environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot"), "explore");
        return Directory.Exists(folder) ? new PhysicalFileProvider(folder) : new NullFileProvider();
    }

    /// <summary>esbuild's names for hashed outputs: explore-KJUDT4ES.js.</summary>
    private static bool IsHashed(string name) =>
        name.StartsWith("explore-", StringComparison.Ordinal) && (name.EndsWith(".js", StringComparison.Ordinal) || name.EndsWith(".css", StringComparison.Ordinal));

    /// <summary>Serves the page's assets under /explore/.</summary>
    public static WebApplication UseExplorer(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = PagePath,
            FileProvider = Files(app.Environment),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                IsHashed(context.File.Name) ? AssetCacheControl : PageCacheControl,
        });
        return app;
    }

    /// <summary>Maps /explore and /explore/embed to their pages.</summary>
    public static WebApplication MapExplorer(this WebApplication app)
    {
        var files = Files(app.Environment);
        app.MapGet(PagePath, (HttpContext context) => Page(context, files, "index.html")).ExcludeFromDescription();
        app.MapGet(EmbedPath, (HttpContext context) => Page(context, files, "embed.html")).ExcludeFromDescription();
        return app;
    }

    private static IResult Page(HttpContext context, IFileProvider files, string name)
    {
        var file = files.GetFileInfo(name);
        if (!file.Exists || file.PhysicalPath is null)
        {
            return Problems.NotFound("path", "The explorer page is not built: run npm run build:explorer.");
        }
        context.Response.Headers.CacheControl = PageCacheControl;
        // As the static file middleware tags files: from the last write and the length.
        var tag = new EntityTagHeaderValue($"\"{(file.LastModified.ToUnixTimeMilliseconds() ^ file.Length):x}\"");
        return TypedResults.PhysicalFile(file.PhysicalPath, "text/html; charset=utf-8", lastModified: file.LastModified, entityTag: tag);
    }
}
