// The object type designer's models: ObjectTypeDocument (tst_document.cpp) and the field and
// key tables (tst_tables.cpp), one executable.

#include <QCoreApplication>

int runDocumentTests(int argc, char **argv);
int runTableTests(int argc, char **argv);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = runDocumentTests(argc, argv);
    failures += runTableTests(argc, argv);
    return failures;
}
