/** Authors, their bylines and biographies: {@code /api/authors}, {@code /api/admin/authors}; an author who signs articles cannot be deleted. */
package io.manchette.taxonomy.author;
