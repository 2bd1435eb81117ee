package com.careerplatform.leveling.scim;

import com.careerplatform.kit.problem.ScimErrors;
import com.unboundid.scim2.common.utils.JsonUtils;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes {@code application/scim+json} with the SCIM SDK's own mapper, which knows the shapes of its
 * messages (ListResponse, Schemas, ServiceProviderConfig) exactly as RFC 7644 spells them.
 */
@Provider
@Produces(ScimErrors.MEDIA_TYPE)
public class ScimJsonWriter implements MessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType.isCompatible(MediaType.valueOf(ScimErrors.MEDIA_TYPE));
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(JsonUtils.getObjectWriter().writeValueAsBytes(value));
    }
}
