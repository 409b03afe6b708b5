using AutoMapper;
using Microsoft.Extensions.DependencyInjection;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Http;

public sealed class MappingConfigurationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void EveryProfile_IsValid()
    {
        var mapper = factory.Services.GetRequiredService<IMapper>();

        mapper.ConfigurationProvider.AssertConfigurationIsValid();
    }
}
