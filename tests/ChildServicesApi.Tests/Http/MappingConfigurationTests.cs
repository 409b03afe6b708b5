using AutoMapper;
using Microsoft.Extensions.DependencyInjection;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Http;

[Collection(SeededApi.Http)]
public sealed class MappingConfigurationTests(ApiFactory factory)
{
    [Fact]
    public void EveryProfile_IsValid()
    {
        var mapper = factory.Services.GetRequiredService<IMapper>();

        mapper.ConfigurationProvider.AssertConfigurationIsValid();
    }
}
